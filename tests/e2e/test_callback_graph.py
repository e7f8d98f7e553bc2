"""The callback graph as a picture: `pyclient graph APP --out graph.svg`, and the --debug page's
"Callback graph" button, which highlights the last chain that ran with each callback's time."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pyclient.graph_picture import describe

pytestmark = pytest.mark.pyclient_only
ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"
CHAIN_APP = Path(__file__).parent / "apps" / "chain_graph_app.py"


def _graph(app: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyclient", "graph", str(app), "--out", str(out)],
                          capture_output=True, text=True, check=False)


def _texts(element) -> list[str]:
    return [t.text for t in element.iter(f"{SVG}text")]


def test_pyclient_graph_draws_components_props_callbacks_and_where_each_runs(tmp_path):
    out = tmp_path / "graph.svg"
    result = _graph(ROOT / "examples" / "pandas_sales" / "app.py", out)
    assert result.returncode == 0, result.stderr
    svg = ET.parse(out).getroot()  # well-formed SVG
    callbacks = {g.get("data-callback"): _texts(g) for g in svg.iter(f"{SVG}g")
                 if g.get("class") == "callback"}
    # pandas runs on the server (the build's placement); the view switch stays in the browser.
    assert callbacks == {"choose_view": ["choose_view", "runs: browser"],
                         "update_graph": ["update_graph", "runs: server"],
                         "best_month": ["best_month", "runs: server"]}
    components = {g.get("data-id"): _texts(g) for g in svg.iter(f"{SVG}g")
                  if g.get("class") == "component"}
    assert components["graph"] == ["graph", "dcc.Graph", "figure"]
    assert components["btn-monthly"] == ["btn-monthly", "html.Button", "n_clicks"]
    edges = [p for p in svg.iter(f"{SVG}polyline") if "edge" in p.get("class")]
    spec_edges = sum(len(c["inputs"]) + len(c["states"]) + len(c["outputs"])
                     for c in _description(ROOT / "examples" / "pandas_sales" / "app.py")["callbacks"])
    assert len(edges) == spec_edges == 12
    assert "3 callbacks" in result.stdout


def _description(app: Path) -> dict:
    code = ("import json, sys; from pathlib import Path; from pyclient.graph_picture import "
            "app_description; print(json.dumps(app_description(Path(sys.argv[1]))))")
    done = subprocess.run([sys.executable, "-c", code, str(app)], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def test_a_missing_app_is_a_clear_error(tmp_path):
    result = _graph(tmp_path / "nope.py", tmp_path / "graph.svg")
    assert result.returncode == 1
    assert "No app file at" in result.stderr and not (tmp_path / "graph.svg").exists()


def test_a_published_build_ships_no_graph(tmp_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pyclient", "build", str(CHAIN_APP), "--out", str(site),
                    "--no-snapshot", "--no-compress"], check=True, capture_output=True)
    assert not (site / "_pyclient" / "graph.js").exists()
    assert not (site / "_pyclient" / "graph.json").exists()


def test_the_debug_page_highlights_the_last_chain_with_its_times(pyclient_browser):
    app = pyclient_browser(CHAIN_APP)  # the plugin builds with --debug
    page = app.page
    assert page.locator("#pyclient-graph").count() == 0
    app.click("btn-b")
    page.click("#pyclient-graph-button")
    page.wait_for_selector("#pyclient-graph svg g.callback")
    assert _ran(page) == ["other"]
    assert _chain(page) == [("other", "browser")]
    app.click("btn-a")
    page.wait_for_function("document.querySelectorAll('#pyclient-graph g.callback.ran').length === 2")
    assert sorted(_ran(page)) == ["first", "second"]
    assert _chain(page) == [("first", "browser"), ("second", "browser")]  # in the order they ran
    assert app.text("second-out") == "second after first 1"
    # The picture is the same description `pyclient graph` draws: every callback, every prop.
    assert sorted(page.eval_on_selector_all("#pyclient-graph g.callback", "gs => gs.map(g => g.dataset.callback)")) \
        == ["first", "other", "second"]
    page.click("#pyclient-graph .pyclient-overlay-head button")
    assert page.locator("#pyclient-graph").count() == 0
    assert app.errors == []


def _ran(page) -> list[str]:
    return page.eval_on_selector_all("#pyclient-graph g.callback.ran", "gs => gs.map(g => g.dataset.callback)")


def _chain(page) -> list[tuple[str, str]]:
    """The list above the picture: "name (where): 1.2 ms", each time a number."""
    rows = page.eval_on_selector_all(".pyclient-graph-chain li", "lis => lis.map(li => li.textContent)")
    parsed = []
    for row in rows:
        head, ms = row.rsplit(": ", 1)
        assert ms.endswith(" ms") and float(ms[:-3]) >= 0, row
        name, where = head.split(" (")
        parsed.append((name, where.rstrip(")")))
    return parsed


def test_an_R_app_draws_too(tmp_path):
    out = tmp_path / "graph.svg"
    result = _graph(ROOT / "examples" / "r_fast_slow_chain" / "app.R", out)
    assert result.returncode == 0, result.stderr
    svg = ET.parse(out).getroot()
    callbacks = {g.get("data-callback"): _texts(g) for g in svg.iter(f"{SVG}g")
                 if g.get("class") == "callback"}
    assert callbacks == {f"callback_{i}": [f"callback_{i}", "runs: webR"] for i in (1, 2, 3)}

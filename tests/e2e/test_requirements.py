"""An app's own requirements: plotly shipped as wheels and used by a browser callback; imports
that cannot run in the browser stop the build with a message naming the file, line and callback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.pyclient_only


def test_plotly_graph_objects_runs_in_a_browser_callback(app_page):
    app = app_page("plotly_figure")
    expect(app.locator("#summary")).to_have_text("bar with 1 bars, title Bars")
    app.click("#add")
    app.settle()
    expect(app.locator("#summary")).to_have_text("bar with 2 bars, title Bars")


def test_plotly_express_in_a_callback_places_it_on_the_server(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pyclient", "build", str(ROOT / "tests/e2e/build_errors/pandas_app/app.py"),
         "--out", str(tmp_path / "site")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert 'callback "chart" runs on the server: imports plotly.express (line 9)' in result.stderr
    assert not (tmp_path / "site" / "_pyclient" / "wheels").exists()  # nothing of plotly shipped


def _build_with_pip(tmp_path, **pip_env):
    """Build the app that needs pyyaml, with pip pointed where the test says (no real index)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(pip_env, PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1")
    return subprocess.run(
        [sys.executable, "-m", "pyclient", "build",
         str(ROOT / "tests/e2e/build_errors/compiled_requirement/app.py"), "--out", str(tmp_path / "site")],
        capture_output=True, text=True, check=False, env=env,
    )


def test_a_requirement_without_a_pure_wheel_is_a_build_error(tmp_path):
    # An index that has pyyaml, compiled only (as PyPI's wheels are).
    index = tmp_path / "index"
    index.mkdir()
    (index / "PyYAML-6.0.2-cp314-cp314-manylinux_2_17_x86_64.whl").write_bytes(b"")
    result = _build_with_pip(tmp_path, PIP_NO_INDEX="1", PIP_FIND_LINKS=str(index))
    assert result.returncode == 1
    assert "Could not get pure-Python wheels for pyyaml" in result.stderr
    assert "Browser code imports it" in result.stderr and "server=True" in result.stderr
    assert "pyyaml (from versions: none)" in result.stderr  # pip's own reason, shown

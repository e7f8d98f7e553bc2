"""The R side of `pyclient build app.R` without a browser: pyclient's stand-in for the dash
packages (pyclient/r/dash.R) run in webR under Node, as the build and the page run it.

The jsonlite texts below were printed by jsonlite 1.8.4 (Debian's r-cran-jsonlite, R 4.2.2):
the stand-in must print exactly what the real package prints."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from pyclient.build import web_dir
from pyclient.r_app import R_DIR, callback_entries, components_source

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SCRIPT = web_dir() / "src" / "r_eval.mjs"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (web_dir() / "node_modules" / "webr").is_dir(),
    reason="webR under Node: run `make install` (npm ci installs webr)")

JSONLITE = {
    # the callback_context example's ctx on the initial call
    'list(states = setNames(list(), character(0)), triggered = list(prop_id = ".", value = FALSE), '
    'inputs = list(`btn-1.n_clicks` = 0, `btn-2.n_clicks` = 0, `btn-3.n_clicks` = 0))':
    '{\n  "states": {},\n  "triggered": {\n    "prop_id": ["."],\n    "value": [false]\n  },\n'
    '  "inputs": {\n    "btn-1.n_clicks": [0],\n    "btn-2.n_clicks": [0],\n'
    '    "btn-3.n_clicks": [0]\n  }\n}',
    'list(a = NULL, b = list(), c = c(1.5, NA), d = c(TRUE, NA), e = c("x", NA), f = pi, '
    'g = 1e6, h = 123456.789)':
    '{\n  "a": {},\n  "b": [],\n  "c": [1.5, "NA"],\n  "d": [true, null],\n  "e": ["x", null],\n'
    '  "f": [3.1416],\n  "g": [1000000],\n  "h": [123456.789]\n}',
    'list(list(a = 1), list(b = "\u00e9\\"\\n"))':
    '[\n  {\n    "a": [1]\n  },\n  {\n    "b": ["\u00e9\\"\\n"]\n  }\n]',
    'list()': '[]',
    'NULL': '{}',
    'list(x = list(y = list(z = 1:3)))': '{\n  "x": {\n    "y": {\n      "z": [1, 2, 3]\n    }\n  }\n}',
    'c(1e6, 1e15, 1e20, 0.00001, 1/3, 2.5e-7, -42, 0, 100000, 1234567.5)':
    '[1000000, 1e+15, 1e+20, 1e-05, 0.3333, 2.5e-07, -42, 0, 100000, 1234567.5]',
}


def _run(expressions: list[str], copies: dict[str, Path] | None = None) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        components = Path(tmp) / "components.R"
        components.write_text(components_source())
        request = {"files": [str(R_DIR / "dash.R"), str(components)],
                   "copies": {k: str(v) for k, v in (copies or {}).items()},
                   "expressions": expressions}
        done = subprocess.run(["node", str(SCRIPT)], input=json.dumps(request), text=True,
                              capture_output=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def results():
    """Everything below in one webR start (it takes seconds)."""
    apps = {f"/pyclient/{p.parent.name}.R": p for p in sorted(EXAMPLES.glob("r_*/app.R"))}
    broken = {"/pyclient/unknown.R": ROOT / "tests" / "unit" / "r_apps" / "unknown_function.R",
              "/pyclient/syntax.R": ROOT / "tests" / "unit" / "r_apps" / "syntax_error.R",
              "/pyclient/prevent.R": ROOT / "tests" / "unit" / "r_apps" / "prevent_and_state.R"}
    expressions = {f"jsonlite {code}": f"as.character(toJSON({code}, pretty = TRUE))"
                   for code in JSONLITE}
    expressions["jsonlite compact"] = 'as.character(toJSON(list(a = c(1, 2), b = "x")))'
    expressions["roundtrip"] = (
        ".to_json(.from_json('{\"a\":[1,2.5,null,true,\"x\\\\u00e9\\\\n\\\\\"\",\"\\\\ud83d\\\\ude00\"],"
        "\"b\":{},\"c\":[],\"d\":{\"e\":-1.5e3}}'))")
    expressions["component"] = '.to_json(htmlDiv(list(htmlBr(), "text", 3), id = "x", style = list(color = "red")))'
    for name, path in apps.items():
        stem = Path(name).stem
        expressions[f"spec {stem}"] = f'.pyclient$callbacks <- list(); .pyclient_source("{name}"); .pyclient_spec()'
        if stem == "r_initial_call":
            expressions["call initial"] = '.pyclient_call(0L, "[null]", "[]", \'{"triggered":[]}\')'
            expressions["call click"] = ('.pyclient_call(0L, "[2]", "[]", '
                                         '\'{"triggered":[{"prop_id":"button_1.n_clicks","value":2}]}\')')
        if stem == "r_callback_context":
            expressions["call context"] = ('.pyclient_call(0L, "[1,0,0]", "[]", '
                                           '\'{"triggered":[{"prop_id":"btn-1.n_clicks","value":1}]}\')')
        if stem == "r_no_update_prime_factors":
            expressions["call prime"] = ('.pyclient_call(0L, "[7]", "[]", '
                                         '\'{"triggered":[{"prop_id":"num.value","value":7}]}\')')
            expressions["call failing"] = ('.pyclient_call(0L, "[\\"a\\"]", "[]", '
                                           '\'{"triggered":[{"prop_id":"num.value","value":"a"}]}\')')
    expressions["unknown function"] = '.pyclient_read("/pyclient/unknown.R")'
    expressions["spec prevent"] = '.pyclient$callbacks <- list(); .pyclient_read("/pyclient/prevent.R")'
    expressions["call prevent"] = '.pyclient_call(0L, "[3]", "[\\"x\\"]", \'{"triggered":[]}\')'
    expressions["syntax error"] = '.pyclient_read("/pyclient/syntax.R")'
    values = _run(list(expressions.values()), {**apps, **broken})
    return dict(zip(expressions, values))


def test_toJSON_prints_what_jsonlite_prints(results):
    for code, printed in JSONLITE.items():
        assert results[f"jsonlite {code}"] == printed, code
    assert results["jsonlite compact"] == '{"a":[1,2],"b":["x"]}'


def test_json_between_the_page_and_R_keeps_every_value(results):
    assert json.loads(results["roundtrip"]) == {
        "a": [1, 2.5, None, True, 'x\u00e9\n"', "\U0001f600"], "b": {}, "c": [], "d": {"e": -1500}}


def test_components_are_dash_json(results):
    assert json.loads(results["component"]) == {
        "type": "Div", "namespace": "dash_html_components", "props": {
            "id": "x", "style": {"color": "red"}, "children": [
                {"type": "Br", "namespace": "dash_html_components", "props": {}}, "text", 3]}}


def test_the_build_reads_layout_and_callbacks_of_each_seed_example(results):
    spec = json.loads(results["spec r_no_update_prime_factors"])
    assert spec["layout"]["props"]["children"][1] == {
        "type": "Input", "namespace": "dash_core_components",
        "props": {"id": "num", "type": "number", "debounce": True, "min": 1, "step": 1}}
    (callback,) = spec["callbacks"]
    assert callback["name"] == "show_factors" and callback["single_output"] is False
    assert [o["id"] for o in callback["outputs"]] == ["out", "err"]
    assert callback["inputs"] == [{"id": "num", "property": "value"}]
    fast_slow = json.loads(results["spec r_fast_slow_chain"])
    entries = callback_entries(fast_slow["callbacks"])
    assert [e["name"] for e in entries] == ["callback_1", "callback_2", "callback_3"]
    assert entries[2]["inputs"] == [{"id": "first_output_3", "property": "children"},
                                    {"id": "second_output_3", "property": "children"}]
    assert all(e["r"] and e["output_shape"] == "list" for e in entries)
    secret = json.loads(results["spec r_no_update_secret"])
    assert secret["callbacks"][0]["name"] == "update_output"
    assert secret["callbacks"][0]["single_output"] is True
    assert secret["callbacks"][0]["line"] == 17
    context = json.loads(results["spec r_callback_context"])
    assert context["layout"]["props"]["children"][0]["props"] == {
        "id": "btn-1", "n_clicks": 0, "children": "Button 1"}


def test_a_call_gets_NULL_for_an_unset_input_and_numbers_as_numbers(results):
    assert json.loads(results["call initial"]) == {"status": "ok", "value": ["n_clicks is ", "n_clicks is "]}
    assert json.loads(results["call click"]) == {"status": "ok", "value": ["n_clicks is 2", "n_clicks is 2"]}
    no_update = {"_dash_no_update": "_dash_no_update"}
    assert json.loads(results["call prime"]) == {"status": "ok", "value": [no_update, "7 is prime!"]}


def test_callback_context_inside_a_call(results):
    table, pre = json.loads(results["call context"])["value"]["props"]["children"]
    assert pre["props"]["children"] == (
        '{\n  "states": {},\n  "triggered": {\n    "prop_id": ["btn-1.n_clicks"],\n'
        '    "value": [1]\n  },\n  "inputs": {\n    "btn-1.n_clicks": [1],\n'
        '    "btn-2.n_clicks": [0],\n    "btn-3.n_clicks": [0]\n  }\n}')
    last_row = table["props"]["children"][1]["props"]["children"]
    assert [cell["props"]["children"] for cell in last_row] == [1, 0, 0, "btn-1"]


def test_an_error_in_a_callback_names_the_callback_and_its_line(results):
    failed = json.loads(results["call failing"])
    assert failed["status"] == "error"
    assert "non-numeric argument" in failed["message"]
    assert failed["traceback"].splitlines() == [
        'callback "show_factors" (app.R line 22)',
        "  app.R line 27: factors = prime_factors(num[[1]])",
        "  app.R line 43: if(n%%i == 0) {",
        "Error: non-numeric argument to binary operator"]


def test_what_the_stand_in_lacks_is_named_with_its_line(results):
    assert json.loads(results["unknown function"]) == {"error": (
        "app.R line 7: dccFancyWidget() is not supported by pyclient's Dash for R (it has "
        "Dash$new, app$layout, app$callback, app$callback_context, output, input, state, "
        "dashNoUpdate, the html* and dcc* components and jsonlite::toJSON).")}
    assert json.loads(results["syntax error"])["error"].startswith("app.R line 5")


def test_prevent_initial_call_and_states_in_params_order(results):
    (callback,) = json.loads(results["spec prevent"])["callbacks"]
    assert callback["prevent_initial_call"] is True
    assert callback["state"] == [{"id": "in", "property": "value"}]
    assert callback["inputs"] == [{"id": "go", "property": "n_clicks"}]
    # The scheduler sends inputs, then states; the function gets them as params lists them.
    assert json.loads(results["call prevent"]) == {"status": "ok", "value": "x 3"}


@pytest.mark.parametrize("argv", [["dev", "app.R"], ["worker", "app.R"],
                                  ["serve", "site", "--app", "app.R"]])
def test_python_only_commands_refuse_an_R_app(argv, capsys):
    from pyclient.cli import main

    assert main(argv) == 1
    assert "is an R app. Use `pyclient run app.R`" in capsys.readouterr().err


def test_an_unchanged_app_is_read_once(tmp_path, monkeypatch):
    from pyclient import r_app

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    app = EXAMPLES / "r_initial_call" / "app.R"
    first = r_app.read_app(app, web_dir())
    monkeypatch.setattr(r_app, "_read_in_webr", lambda *a: pytest.fail("webR ran again"))
    assert r_app.read_app(app, web_dir()) == first
    changed = tmp_path / "app.R"
    changed.write_text(app.read_text().replace("n_clicks is ", "clicks: "))
    with pytest.raises(pytest.fail.Exception, match="webR ran again"):
        r_app.read_app(changed, web_dir())

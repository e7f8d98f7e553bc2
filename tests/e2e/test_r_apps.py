"""Seed 001, the "Advanced Callbacks" chapter for Dash for R: each example (examples/r_*/app.R)
built with `pyclient build app.R` and clicked in Chromium. The R callbacks run in webR; the
order of calls comes from the same scheduler as the Python examples. Expected texts follow R
(README, "R apps"): an unset n_clicks is NULL, so paste0("n_clicks is ", NULL) is
"n_clicks is "; numbers print as R prints them."""

import json
import re
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, TIMEOUT_MS
from playwright.sync_api import expect
from test_execution_order import WATCH_SCRIPT

from pyclient.testing.browser import wait_for

pytestmark = pytest.mark.pyclient_only  # no Dash for R oracle runs here
R_TIME = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?"


def text(app, selector: str) -> str:
    return app.locator(selector).text_content()


def test_dashNoUpdate_keeps_the_output_until_the_click(app_page):
    app = app_page("r_no_update_secret")
    assert text(app, "#body-div") == ""  # the initial call returned dashNoUpdate()
    assert app.calls()["update_output"] == 1
    app.click("#show-secret")
    app.settle()
    expect(app.locator("#body-div")).to_have_text("Elephants are the only animal that can't jump")
    assert app.calls()["update_output"] == 2
    assert not [line for line in app.console if line.startswith("error")], app.console


def test_a_click_while_R_loads_is_kept(app_page):
    app = app_page("r_no_update_secret", wait=False)
    app.click("#show-secret")  # as soon as the layout shows, seconds before webR answers
    assert app.evaluate("document.documentElement.dataset.pyclient") != "ready"
    app.wait_ready()
    expect(app.locator("#body-div")).to_have_text("Elephants are the only animal that can't jump")
    assert app.calls()["update_output"] == 2  # the initial call, then the click


def test_dashNoUpdate_for_one_of_two_outputs(app_page):
    app = app_page("r_no_update_prime_factors")
    assert (text(app, "#out"), text(app, "#err")) == ("", "")
    app.fill("#num", "12")
    app.settle()
    assert text(app, "#out") == ""  # debounce: nothing until Enter
    app.press("#num", "Enter")
    app.settle()
    assert (text(app, "#out"), text(app, "#err")) == ("12 is 2 * 2 * 3", "")
    app.fill("#num", "7")
    app.press("#num", "Enter")
    app.settle()
    # A prime: the error shows, the last factors stay (dashNoUpdate() for #out).
    assert (text(app, "#out"), text(app, "#err")) == ("12 is 2 * 2 * 3", "7 is prime!")
    assert app.calls()["show_factors"] == 3


def _context(app) -> tuple[list[str], dict]:
    cells = app.locator("#container td").all_text_contents()
    return cells, json.loads(text(app, "#container pre"))


def test_callback_context_and_its_placeholder(app_page):
    app = app_page("r_callback_context")
    cells, ctx = _context(app)
    # The initial call: triggered is falsy (FALSE) with the "." placeholder, as in Dash.
    assert cells == ["0", "0", "0", "No clicks yet"]
    assert ctx == {"states": {}, "triggered": {"prop_id": ["."], "value": [False]},
                   "inputs": {"btn-1.n_clicks": [0], "btn-2.n_clicks": [0], "btn-3.n_clicks": [0]}}
    # jsonlite's pretty layout, as jsonlite::toJSON(ctx, pretty = TRUE) prints it.
    assert text(app, "#container pre").startswith('{\n  "states": {},\n  "triggered": {\n    "prop_id": ["."],')
    app.click("#btn-2")
    app.settle()
    app.click("#btn-2")
    app.settle()
    app.click("#btn-1")
    app.settle()
    cells, ctx = _context(app)
    assert cells == ["1", "2", "0", "btn-1"]
    assert ctx["triggered"] == {"prop_id": ["btn-1.n_clicks"], "value": [1]}
    assert ctx["inputs"] == {"btn-1.n_clicks": [1], "btn-2.n_clicks": [2], "btn-3.n_clicks": [0]}
    assert app.calls()["callback_1"] == 4


def test_initial_call_gets_NULL(app_page):
    app = app_page("r_initial_call")
    # The layout says "callback not executed"; the initial call replaced both texts.
    assert text(app, "#first_output_1") == text(app, "#second_output_1") == "n_clicks is "
    app.click("#button_1")
    app.settle()
    assert text(app, "#first_output_1") == text(app, "#second_output_1") == "n_clicks is 1"
    assert app.calls()["callback_1"] == 2


def test_the_third_callback_waits_for_the_slow_one(app_page):
    app = app_page("r_fast_slow_chain")
    ids = ("first_output_3", "second_output_3", "third_output_3")
    first, second, third = (app.locator(f"#{i}") for i in ids)
    # paste() puts a space between its arguments: two spaces before the time, as in R.
    expect(first).to_have_text(re.compile(f"^in the fast callback it is  {R_TIME}$"))
    expect(second).to_have_text(re.compile(f"^in the slow callback it is  {R_TIME}$"))
    expect(third).to_have_text(re.compile(f"^in the third callback it is  {R_TIME}$"))
    assert app.calls() == {"callback_1": 1, "callback_2": 1, "callback_3": 1}

    app.evaluate(WATCH_SCRIPT, list(ids))
    app.click("#button_4")  # slow, then fast at once, as the chapter describes
    app.click("#button_3")
    app.settle()
    changes = app.evaluate("window.__changes")
    order = list(dict.fromkeys(c["id"] for c in changes))
    # One R runs the calls one at a time, in the order they were sent (as Dash for R's
    # single-threaded server does): the fast call waits for the slow one; the third runs once,
    # after both.
    assert order == ["second_output_3", "first_output_3", "third_output_3"], changes
    assert app.calls() == {"callback_1": 2, "callback_2": 2, "callback_3": 2}


def test_pyclient_run_serves_an_R_app(profile_page, run_server):
    url = run_server("r_no_update_secret") + "/"  # `pyclient run examples/r_.../app.R`
    page = profile_page()
    try:
        page.goto(url)
        wait_for(page, "ready", TIMEOUT_MS)
        page.click("#show-secret")
        expect(page.locator("#body-div")).to_have_text(
            "Elephants are the only animal that can't jump")
    finally:
        page.close()


@pytest.mark.parametrize("app, message", [
    ("unknown_function.R", "app.R line 7: dccFancyWidget() is not supported by pyclient's Dash for R"),
    ("syntax_error.R", "app.R line 5"),
])
def test_what_R_apps_cannot_do_is_a_build_error(tmp_path, app, message):
    shutil.copy(ROOT / "tests" / "unit" / "r_apps" / app, tmp_path / "app.R")
    result = subprocess.run([sys.executable, "-m", "pyclient", "build", str(tmp_path / "app.R"),
                             "--out", str(tmp_path / "site")], capture_output=True, text=True)
    assert result.returncode == 1
    assert message in result.stderr and "was not written" in result.stderr

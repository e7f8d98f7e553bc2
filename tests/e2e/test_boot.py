"""pyclient's boot: input made before Python is ready is kept, and a broken site says so."""

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.pyclient_only


def test_typing_before_python_is_ready_is_not_lost(app_page):
    app = app_page("errors_demo", wait=False)
    # The pre-rendered input is there before any script ran; type into it at once.
    app.fill("#echo-input", "typed early")
    assert app.evaluate("document.documentElement.dataset.pyclient") != "ready"
    app.wait_ready()
    expect(app.locator("#echo-input")).to_have_value("typed early")
    expect(app.locator("#echo-output")).to_have_text("You typed: typed early")


def test_click_before_python_is_ready_is_replayed(app_page):
    app = app_page("prevent_update", wait=False)
    app.click("#show-secret")
    assert app.evaluate("document.documentElement.dataset.pyclient") != "ready"
    app.wait_ready()
    expect(app.locator("#body-div")).to_have_text("Elephants are the only animal that can't jump")


def test_missing_wasm_shows_an_error(profile_page, static_server, site_copy):
    name, folder = site_copy("prevent_update", "nowasm")
    (folder / "_pyclient" / "pyodide" / "pyodide.asm.wasm").unlink()
    page = profile_page()
    try:
        page.on("console", lambda msg: print(f"[console {msg.type}] {msg.text}"))
        page.goto(f"{static_server}/{name}/")
        # The failed fetch must be detected; waiting for the load timeout would be far longer.
        page.wait_for_function("document.documentElement.dataset.pyclient === 'error'",
                               timeout=30_000)
        # A message for people: it says that Python (Pyodide) could not start.
        about_python = re.compile(r"pyodide|python|wasm", re.IGNORECASE)
        expect(page.locator("body")).to_contain_text(about_python)
        expect(page.get_by_text(about_python).first).to_be_visible()
    finally:
        page.close()


def test_a_progress_bar_counts_the_bytes_python_needs(profile_page, built_site, static_server):
    site = built_site("dcc_button")
    spec_text = re.search(r'<script type="application/json" id="pyclient-spec">(.*?)</script>',
                          (site / "index.html").read_text(), re.S).group(1)
    total = json.loads(spec_text)["worker"]["download_bytes"]
    files = ["pyodide/pyodide.asm.wasm", "pyodide/python_stdlib.zip", "pyodide/pyodide-lock.json",
             "app.zip", "snapshot.bin"]
    assert total == sum((site / "_pyclient" / f).stat().st_size for f in files)
    page = profile_page()
    held = []
    try:
        page.route("**/snapshot.bin", lambda route: held.append(route))  # Python waits for it
        page.goto(f"{static_server}/dcc_button/")
        bar = page.locator("#pyclient-loading progress")
        expect(bar).to_have_attribute("max", str(total))
        page.wait_for_function("document.querySelector('#pyclient-loading progress').value > 0")
        assert 0 < float(bar.get_attribute("value")) < total  # the snapshot is not counted yet
        expect(page.locator("#pyclient-loading .pyclient-bytes")).to_contain_text(
            f"of {total / 1e6:.1f} MB")
        # Over the page in a corner: the layout does not move.
        assert page.evaluate(
            "getComputedStyle(document.getElementById('pyclient-loading')).position") == "fixed"
        for _ in range(300):
            if held:
                break
            page.wait_for_timeout(100)
        for route in held:
            route.continue_()
        page.wait_for_function("document.documentElement.dataset.pyclient === 'ready'")
        expect(page.locator("#pyclient-loading")).to_be_hidden()
        page.click("#save")
        page.evaluate("window.pyclient.idle()")
        expect(page.locator("#save-out")).to_have_text("Saved 1 times")
    finally:
        page.close()

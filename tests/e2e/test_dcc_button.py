"""dcc.Button: n_clicks and n_blur; type "button", so a form around it is never submitted."""

import pytest
from playwright.sync_api import expect


def test_button_counts_clicks_and_blur(app_page):
    app = app_page("dcc_button")
    expect(app.locator("#save-out")).to_have_text("Not saved yet")
    expect(app.locator("#blur-out")).to_have_text("Left the button 0 times")
    expect(app.locator("#off")).to_be_disabled()

    app.click("#save")
    app.settle()
    app.click("#save")
    app.settle()
    expect(app.locator("#save-out")).to_have_text("Saved 2 times")

    app.click("#in-form")  # also takes the focus away from #save
    app.settle()
    expect(app.locator("#blur-out")).to_have_text("Left the button 1 times")
    expect(app.locator("#form-out")).to_have_text("Form button clicked 1 times")
    assert app.calls()["saved"] == 3


def test_button_in_a_form_does_not_submit(app_page):
    app = app_page("dcc_button")
    app.evaluate("window.__stillHere = true")
    app.click("#in-form")
    app.settle()
    app.click("#in-form")
    app.settle()
    expect(app.locator("#form-out")).to_have_text("Form button clicked 2 times")
    assert app.evaluate("window.__stillHere") is True


@pytest.mark.pyclient_only
def test_click_before_python_is_ready_counts(profile_page, built_site, static_server):
    """The layout shows as soon as the component libraries load; a click made while Python is
    still loading reaches the callbacks after the initial ones (docs/protocol.md)."""
    built_site("dcc_button")
    page = profile_page()
    held = []
    try:
        page.route("**/pyodide.asm.wasm", lambda route: held.append(route))  # Python waits until we let it load
        page.goto(f"{static_server}/dcc_button/")
        page.click("#save")
        page.wait_for_function("() => document.documentElement.dataset.pyclient === 'loading'")
        # The worker asks for the wasm on its own schedule; Python cannot start until we let it.
        for _ in range(600):
            if held:
                break
            page.wait_for_timeout(100)
        assert held, "the page never asked for Python's wasm"
        assert page.evaluate("document.documentElement.dataset.pyclient") == "loading"
        for route in held:
            route.continue_()
        page.wait_for_function("window.pyclient && window.pyclient.ready")
        page.evaluate("window.pyclient.ready.then(() => window.pyclient.idle())")
        expect(page.locator("#save-out")).to_have_text("Saved 1 times")
    finally:
        page.close()

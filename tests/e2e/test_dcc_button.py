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
def test_click_before_main_js_runs_counts(browser, built_site, static_server):
    """The inline recorder keeps clicks made on the pre-rendered page; main.js replays them
    after the initial callbacks (docs/protocol.md), for dcc.Button as for html elements."""
    site = built_site("dcc_button")
    main_js = (site / "_pyclient" / "main.js").read_text()
    context = browser.new_context()
    try:
        page = context.new_page()
        # main.js is a module: a top-level await holds it back while the person clicks.
        page.route("**/_pyclient/main.js", lambda route: route.fulfill(
            body="await new Promise((r) => setTimeout(r, 1500));\n" + main_js,
            content_type="text/javascript"))
        page.goto(f"{static_server}/dcc_button/", wait_until="commit")
        page.click("#save")
        assert page.evaluate("window.__pyclientLive") is None  # still the pre-rendered page
        page.wait_for_function("window.pyclient && window.pyclient.ready")
        page.evaluate("window.pyclient.ready.then(() => window.pyclient.idle())")
        expect(page.locator("#save-out")).to_have_text("Saved 1 times")
    finally:
        context.close()

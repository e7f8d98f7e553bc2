"""Clientside callbacks (seed 003 tutorial): inline JavaScript and ClientsideFunction from
assets/*.js, no_update, PreventUpdate, callback_context, set_props, a clientside step between
two Python callbacks, and the app's assets/style.css."""

from playwright.sync_api import expect


def test_inline_clientside_callback(app_page):
    app = app_page("clientside_callbacks", share=True)
    # The initial call ran in the browser.
    expect(app.locator("#output-div")).to_have_text("You typed: hi")
    app.fill("#input-box", "hello")
    app.settle()
    expect(app.locator("#output-div")).to_have_text("You typed: hello")
    assert sum(app.calls().get(name, 0) for name in ("chain_start", "chain_end")) == 0


def test_assets_function_and_no_update(app_page):
    app = app_page("clientside_callbacks", share=True)
    expect(app.locator("#count-output")).to_have_text("not counted")
    expected = [
        ("counted 1 time(s) in JavaScript", "even clicks: none"),  # no_update
        ("counted 2 time(s) in JavaScript", "even clicks: 2"),
        ("counted 3 time(s) in JavaScript", "even clicks: 2"),  # no_update
    ]
    for count_text, even_text in expected:
        app.click("#count-button")
        app.settle()
        expect(app.locator("#count-output")).to_have_text(count_text)
        expect(app.locator("#even-output")).to_have_text(even_text)


def test_prevent_update_context_and_set_props(app_page):
    app = app_page("clientside_callbacks", share=True)
    # The initial call threw PreventUpdate: nothing changed.
    expect(app.locator("#guard-output")).to_have_text("guard not passed")
    app.click("#guard-button")
    app.settle()
    expect(app.locator("#guard-output")).to_have_text("guard not passed")
    expect(app.locator("#triggered-output")).to_have_text("no triggers")
    expect(app.locator("#set-props-target")).to_have_text("not set")
    app.fill("#input-box", "state text")
    app.settle()
    app.click("#guard-button")
    app.settle()
    expect(app.locator("#guard-output")).to_have_text('passed with 2 clicks and text "state text"')
    expect(app.locator("#triggered-output")).to_have_text("triggered: guard-button.n_clicks=2")
    expect(app.locator("#set-props-target")).to_have_text("set from JavaScript 2")
    expect(app.locator("#pyclient-overlay .pyclient-error")).to_have_count(0)


def test_clientside_step_between_python_callbacks(app_page):
    app = app_page("clientside_callbacks", share=True)
    expect(app.locator("#chain-output")).to_have_text("chain not run")
    for n in (1, 2):
        app.click("#chain-button")
        app.settle()
        expect(app.locator("#chain-output")).to_have_text(
            f"click {n}: python -> javascript -> python, doubled {2 * n}")
        calls = app.calls()
        assert (calls["chain_start"], calls["chain_end"]) == (n, n), calls


def test_assets_stylesheet_applies(app_page):
    app = app_page("clientside_callbacks", share=True)
    target = app.locator("#count-output")
    expect(target).to_have_css("color", "rgb(0, 0, 255)")
    expect(target).to_have_css("border-left", "4px solid rgb(255, 165, 0)")
    expect(target).to_have_css("padding-left", "6px")

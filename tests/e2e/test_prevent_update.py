"""Seed 000/002 "Catching Errors with PreventUpdate" and "Displaying Errors with dash.no_update"."""

from playwright.sync_api import expect


def test_prevent_update_keeps_output_until_click(app_page):
    app = app_page("prevent_update")
    # The initial call runs with n_clicks None and raises PreventUpdate: nothing is shown.
    expect(app.locator("#show-secret")).to_have_text("Click here to see the content")
    expect(app.locator("#body-div")).to_have_text("")
    assert app.calls()["update_output"] == 1

    app.click("#show-secret")
    app.settle()
    expect(app.locator("#body-div")).to_have_text("Elephants are the only animal that can't jump")
    assert app.calls()["update_output"] == 2


def test_no_update_keeps_previous_output(app_page):
    app = app_page("no_update_prime_factors")
    expect(app.locator("#err")).to_have_text("")
    expect(app.locator("#out")).to_have_text("")

    # debounce=True: the value is sent on Enter, once.
    app.fill("#num", "12")
    app.press("#num", "Enter")
    app.settle()
    expect(app.locator("#out")).to_have_text("12 is 2 * 2 * 3")
    expect(app.locator("#err")).to_have_text("")

    # A prime number only updates the error; the previous result stays.
    app.fill("#num", "7")
    app.press("#num", "Enter")
    app.settle()
    expect(app.locator("#err")).to_have_text("7 is prime!")
    expect(app.locator("#out")).to_have_text("12 is 2 * 2 * 3")

    # A composite number clears the error again.
    app.fill("#num", "45")
    app.press("#num", "Enter")
    app.settle()
    expect(app.locator("#out")).to_have_text("45 is 3 * 3 * 5")
    expect(app.locator("#err")).to_have_text("")
    # One initial call (PreventUpdate) plus one per Enter, none per keystroke.
    assert app.calls()["show_factors"] == 4


def test_no_update_debounce_waits_for_enter(app_page):
    app = app_page("no_update_prime_factors")
    app.fill("#num", "15")
    app.settle()
    expect(app.locator("#out")).to_have_text("")
    assert app.calls()["show_factors"] == 1
    app.press("#num", "Enter")
    app.settle()
    expect(app.locator("#out")).to_have_text("15 is 3 * 5")

"""Seed 000/002 "Catching Errors with PreventUpdate" and "Displaying Errors with dash.no_update".
Callback semantics only: dash_app runs them through the scheduler (--in-browser, --oracle: in
Chromium)."""


def test_prevent_update_keeps_output_until_click(dash_app):
    app = dash_app("prevent_update")
    # The initial call runs with n_clicks None and raises PreventUpdate: nothing is shown.
    assert app.text("show-secret") == "Click here to see the content"
    assert app.text("body-div") == ""
    assert app.calls()["update_output"] == 1

    app.click("show-secret")
    assert app.text("body-div") == "Elephants are the only animal that can't jump"
    assert app.calls()["update_output"] == 2


def enter(app, number):
    """Type a number and press Enter; returns (result, error) as shown."""
    app.fill("num", number)
    app.submit("num")
    return app.text("out"), app.text("err")


def test_no_update_keeps_previous_output(dash_app):
    app = dash_app("no_update_prime_factors")
    assert (app.text("out"), app.text("err")) == ("", "")
    # debounce=True: the value is sent on Enter, once.
    assert enter(app, "12") == ("12 is 2 * 2 * 3", "")
    # A prime number only updates the error; the previous result stays.
    assert enter(app, "7") == ("12 is 2 * 2 * 3", "7 is prime!")
    # A composite number clears the error again.
    assert enter(app, "45") == ("45 is 3 * 3 * 5", "")
    # One initial call (PreventUpdate) plus one per Enter, none per keystroke.
    assert app.calls()["show_factors"] == 4


def test_no_update_debounce_waits_for_enter(dash_app):
    app = dash_app("no_update_prime_factors")
    app.fill("num", "15")
    assert app.text("out") == ""
    assert app.calls()["show_factors"] == 1
    app.submit("num")
    assert app.text("out") == "15 is 3 * 5"

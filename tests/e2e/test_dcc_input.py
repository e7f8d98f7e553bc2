"""dcc.Input: text per keystroke, numbers for type="number", debounce=True and n_submit."""

from playwright.sync_api import expect


def type_slowly(app, selector, text):
    """Type like a person, one key at a time, letting each keystroke's callback finish."""
    for key in text:
        app.press(selector, key)
        app.settle()


def test_text_reaches_python_on_every_keystroke(app_page):
    app = app_page("dcc_input", share=True)
    expect(app.locator("#name-out")).to_have_text("Type your name")
    type_slowly(app, "#name", "Ada")
    expect(app.locator("#name-out")).to_have_text("Hello, Ada!")
    expect(app.locator("#name")).to_have_value("Ada")
    # The initial call, then one call per keystroke.
    assert app.calls()["greet"] == 4


def test_number_input_gives_numbers(app_page):
    app = app_page("dcc_input", share=True)
    expect(app.locator("#number-out")).to_have_text("2 (int), doubled 4")
    app.fill("#number", "2.5")
    app.settle()
    expect(app.locator("#number-out")).to_have_text("2.5 (float), doubled 5.0")
    app.fill("#number", "")
    app.settle()
    expect(app.locator("#number-out")).to_have_text("No number")
    app.fill("#number", "7")
    app.settle()
    expect(app.locator("#number-out")).to_have_text("7 (int), doubled 14")


def test_debounce_waits_for_enter_or_blur(app_page):
    app = app_page("dcc_input", share=True)
    out = app.locator("#search-out")
    expect(out).to_have_text("Searching for None (submitted 0 times)")
    type_slowly(app, "#search", "dash")
    expect(out).to_have_text("Searching for None (submitted 0 times)")
    assert app.calls()["search"] == 1

    app.press("#search", "Enter")
    app.settle()
    expect(out).to_have_text("Searching for 'dash' (submitted 1 times)")

    type_slowly(app, "#search", "!")
    expect(out).to_have_text("Searching for 'dash' (submitted 1 times)")
    app.press("#search", "Tab")  # leaving the box sends the value
    app.settle()
    expect(out).to_have_text("Searching for 'dash!' (submitted 1 times)")
    # Initial call, Enter (value and n_submit together: one call), blur.
    assert app.calls()["search"] == 3

"""dcc.Textarea: the text on every keystroke, n_blur when leaving the box."""

from playwright.sync_api import expect


def test_textarea_text_and_blur(app_page):
    app = app_page("dcc_textarea")
    expect(app.locator("#notes")).to_have_value("First line")
    expect(app.locator("#notes-out")).to_have_text("1 lines, 10 characters, last line: First line")
    expect(app.locator("#blur-out")).to_have_text("Left the box 0 times")

    app.fill("#notes", "Dear diary,\nall good")
    app.settle()
    expect(app.locator("#notes-out")).to_have_text("2 lines, 20 characters, last line: all good")

    app.press("#notes", "End")
    app.press("#notes", "!")
    app.settle()
    expect(app.locator("#notes-out")).to_have_text("2 lines, 21 characters, last line: all good!")

    app.press("#notes", "Tab")
    app.settle()
    expect(app.locator("#blur-out")).to_have_text("Left the box 1 times")

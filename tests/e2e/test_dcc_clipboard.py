"""dcc.Clipboard: copies the target's text, or content a callback computes on the click."""


def clipboard_becomes(app, text):
    app.wait_for_function("(want) => navigator.clipboard.readText().then((t) => t === want)", arg=text)


def test_clipboard_copies(app_page):
    app = app_page("dcc_clipboard")
    app.context.grant_permissions(["clipboard-read", "clipboard-write"])

    app.click("#copy-secret")
    clipboard_becomes(app, "The secret word is pyclient")

    app.click("#copy-computed")
    app.settle()
    clipboard_becomes(app, "Computed text #1")
    app.click("#copy-computed")
    app.settle()
    clipboard_becomes(app, "Computed text #2")
    assert app.locator("#copies").inner_text() == "Copied 2 times"

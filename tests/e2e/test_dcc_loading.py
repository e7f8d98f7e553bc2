"""dcc.Loading: a spinner shows while a callback computes an output inside it."""

from playwright.sync_api import expect


def spinner(app, loading_id):
    # Dash 4.4.1 puts the id on the spinner holder, empty unless loading.
    return app.locator(f"#{loading_id} > *")


def test_spinner_while_computing(app_page):
    app = app_page("dcc_loading")
    expect(app.locator("#result")).to_have_text("Computed 0 times")
    expect(spinner(app, "loading")).to_have_count(0)

    app.click("#compute")
    expect(spinner(app, "loading")).to_be_visible()
    expect(app.locator("#outside")).to_have_text("Clicked 1 times")  # not inside: no wait
    app.settle()
    expect(app.locator("#result")).to_have_text("Computed 1 times")
    expect(spinner(app, "loading")).to_have_count(0)
    expect(app.locator("#result")).to_be_visible()

"""on_error handlers, app-wide and per callback (checked on Dash 4.4.1 with --oracle)."""

from playwright.sync_api import expect


def texts(app):
    return [app.locator(f"#{i}").inner_text() for i in ("out-a", "out-b", "out-c", "log")]


def test_handlers_replace_the_error(app_page):
    app = app_page("on_error")
    app.click("#a")
    app.settle()
    expect(app.locator("#out-a")).to_have_text("from app handler")
    expect(app.locator("#log")).to_have_text("app handler: a failed 1")
    app.click("#b")  # its own handler wins over the app's
    app.settle()
    expect(app.locator("#out-b")).to_have_text("own handler: b failed 1")
    expect(app.locator("#log")).to_have_text("app handler: a failed 1")
    app.click("#c")  # a handler returning None changes no output
    app.settle()
    expect(app.locator("#log")).to_have_text("quiet handler: c failed 1")
    expect(app.locator("#out-c")).to_have_text("out-c")
    assert app.locator("#log").get_attribute("title") is None
    if not app.oracle:
        expect(app.locator("#pyclient-overlay")).to_have_count(0)  # handled: no error shown

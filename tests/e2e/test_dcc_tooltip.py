"""dcc.Tooltip: visible while `show` is true and a bbox is set."""

from playwright.sync_api import expect


def test_tooltip_shows_and_hides(app_page):
    app = app_page("dcc_tooltip")
    tip = app.locator("#tip")
    expect(tip).to_be_hidden()

    app.click("#show")
    app.settle()
    expect(tip).to_be_visible()
    expect(tip).to_have_text("Shown 1 times")

    app.click("#hide")
    app.settle()
    expect(tip).to_be_hidden()

    app.click("#show")
    app.settle()
    expect(tip).to_have_text("Shown 2 times")
    expect(tip).to_be_visible()

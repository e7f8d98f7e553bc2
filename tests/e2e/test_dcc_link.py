"""dcc.Link + dcc.Location(refresh=False): no reload, history.pushState, back and forward."""

from urllib.parse import urlsplit

from playwright.sync_api import expect


def path(app):
    return urlsplit(app.url).path


def test_links_change_the_page_without_reloading(app_page):
    app = app_page("dcc_link")
    base = path(app)  # "/" on Dash, "/dcc_link/" on the static server
    out = app.locator("#page")
    expect(out).to_have_text("You are on home ()")
    app.evaluate("window.__stillHere = true")

    app.click("#to-2")
    app.settle()
    expect(out).to_have_text("You are on page-2 ()")
    assert path(app) == base + "page-2"

    app.click("#to-3")
    app.settle()
    expect(out).to_have_text("You are on page-3 (?tab=b#notes)")
    assert app.url.endswith(base + "page-3?tab=b#notes")

    app.go_back()
    app.settle()
    expect(out).to_have_text("You are on page-2 ()")
    app.go_back()
    app.settle()
    expect(out).to_have_text("You are on home ()")
    assert path(app) == base
    app.go_forward()
    app.settle()
    expect(out).to_have_text("You are on page-2 ()")

    app.click("#to-home")
    app.settle()
    expect(out).to_have_text("You are on home ()")
    assert app.evaluate("window.__stillHere") is True
    # One call per change of page, the first on load.
    assert app.calls()["page"] == 7


def test_a_callback_moves_to_another_page(app_page):
    app = app_page("dcc_link")
    base = path(app)
    app.evaluate("window.__stillHere = true")
    app.click("#go-4")
    app.settle()
    expect(app.locator("#page")).to_have_text("You are on page-4 ()")
    assert path(app) == base + "page-4"
    assert app.evaluate("window.__stillHere") is True
    # The new pathname came from a callback output: `page` runs once for it, not twice.
    assert app.calls()["page"] == 2

    app.go_back()
    app.settle()
    expect(app.locator("#page")).to_have_text("You are on home ()")
    assert app.calls()["page"] == 3

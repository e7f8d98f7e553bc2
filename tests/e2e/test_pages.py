"""Dash Pages: pages/ shipped and imported, dcc.Link navigation without reloads, callbacks
inside pages, back button, path templates, and a deep link on a static host."""

from playwright.sync_api import expect


def test_links_navigate_between_pages_without_reloading(app_page):
    app = app_page("pages_app")
    expect(app.locator("#page-title")).to_have_text("This is our Home page")
    app.evaluate("window.__sameDocument = true")
    app.click("text=Analytics - /analytics")
    app.settle()
    expect(app.locator("#page-title")).to_have_text("This is our Analytics page")
    expect(app.locator("#analytics-output")).to_have_text("You selected: Montreal")
    app.click("text=San Francisco")
    app.settle()
    expect(app.locator("#analytics-output")).to_have_text("You selected: San Francisco")
    assert app.evaluate("window.__sameDocument") is True  # no reload happened
    app.go_back()
    app.settle()
    expect(app.locator("#page-title")).to_have_text("This is our Home page")


def test_path_template_and_deep_link(app_page):
    app = app_page("pages_app")
    root = app.url  # the site may be served from a folder
    app.goto(root + "analytics/")
    app.wait_ready()
    expect(app.locator("#page-title")).to_have_text("This is our Analytics page")
    app.click("text=Report - /report")
    app.settle()
    app.evaluate("""(url) => { history.pushState({}, "", url); window.dispatchEvent(new PopStateEvent("popstate")); }""",
                 root + "report/42")
    app.settle()
    expect(app.locator("#page-title")).to_have_text("Report 42")

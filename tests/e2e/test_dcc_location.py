"""dcc.Location: pathname, search and hash of the page, shown by a callback."""

from urllib.parse import urlsplit

from playwright.sync_api import expect


def test_location_shows_the_url(app_page):
    app = app_page("dcc_location")
    base = urlsplit(app.url).path  # "/" on Dash, "/dcc_location/" on the static server
    expect(app.locator("#where")).to_have_text(f"pathname={base} search= hash=")
    assert app.calls()["where"] == 1

    app.goto(app.url + "?q=dash#part-2")
    app.wait_ready()
    expect(app.locator("#where")).to_have_text(f"pathname={base} search=?q=dash hash=#part-2")

    # A new hash (an in-page link, the back button) is a popstate: no reload, one more call.
    app.evaluate("window.location.hash = '#part-3'")
    app.settle()
    expect(app.locator("#where")).to_have_text(f"pathname={base} search=?q=dash hash=#part-3")
    assert app.calls()["where"] == 2

"""A DataTable with page_action, sort_action and filter_action "custom", fed one page at a time
by a pandas callback on the server (examples/datatable_server); the same clicks give the same
pages as under Dash 4.4.1 (--oracle)."""

from playwright.sync_api import expect


def revenues(app):
    return app.locator("td[data-dash-column=revenue]")


def test_server_pages_sorts_and_filters(app_page):
    app = app_page("datatable_server")
    rows = app.locator("#rows")
    expect(rows).to_have_text("144 rows, page 1 of 29, query:")
    expect(revenues(app)).to_have_text(["1825", "2325", "1520", "2675", "3125"])
    app.click("button.next-page")
    app.settle()
    expect(rows).to_have_text("144 rows, page 2 of 29, query:")
    app.click("th[data-dash-column=revenue] .column-header--sort")
    app.settle()
    expect(revenues(app)).to_have_text(["1760", "1760", "1800", "1825", "1840"])
    app.click("th.dash-filter[data-dash-column=region] input")
    app.keyboard.type("South")
    app.keyboard.press("Enter")
    app.settle()
    expect(rows).to_have_text("36 rows, page 2 of 8, query: {region} scontains South")
    app.click("th.dash-filter[data-dash-column=revenue] input")
    app.keyboard.type(">3000")
    app.keyboard.press("Enter")
    app.settle()
    expect(rows).to_have_text(
        "28 rows, page 2 of 6, query: {region} scontains South && {revenue} s> 3000")
    expect(revenues(app)).to_have_text(["3320", "3320", "3362.5", "3425", "3440"])
    assert app.calls()["page"] == 5

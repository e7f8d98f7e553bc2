"""Dash Pages registered in the app file (checked on Dash 4.4.1 with --oracle)."""

from playwright.sync_api import expect


def test_pages_in_one_file(app_page):
    app = app_page("pages_single_file")
    expect(app.locator("#home-body")).to_have_text("This is home")
    expect(app.page).to_have_title("Home page")
    # The test server hosts each pyclient site in a folder: links carry it, as Dash's would.
    root = "" if app.oracle else f"/{app.name}"
    expect(app.locator("#link-Report")).to_have_attribute("href", f"{root}/report")
    app.click("#link-Report")
    app.settle()
    expect(app.locator("#report-body")).to_have_text("This is the report")
    expect(app.page).to_have_title("Report page")
    app.reload()
    app.wait_ready()
    expect(app.locator("#report-body")).to_have_text("This is the report")
    expect(app.page).to_have_title("Report page")

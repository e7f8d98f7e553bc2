"""What a clientside function receives for unset props (checked on Dash 4.4.1 with --oracle)."""

from playwright.sync_api import expect


def test_unset_props_arrive_as_undefined(app_page):
    app = app_page("clientside_unset")
    expect(app.locator("#out")).to_have_text("n=undefined typeof=undefined text=hi")
    app.click("#btn")
    app.settle()
    expect(app.locator("#out")).to_have_text("n=1 typeof=number text=hi")

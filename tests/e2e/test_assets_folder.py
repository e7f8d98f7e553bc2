"""Dash's assets_folder / assets_url_path / assets_ignore (checked on Dash 4.4.1 with --oracle)."""

from playwright.sync_api import expect


def test_assets_from_another_folder(app_page):
    app = app_page("assets_folder")
    expect(app.locator("#out")).to_have_css("color", "rgb(200, 0, 0)")  # static/style.css
    assert app.evaluate("document.title") != "IGNORED FILE RAN"  # assets_ignore
    expect(app.locator("#logo")).to_have_attribute("src", "/files/logo.svg" if app.oracle
                                                   else "files/logo.svg")
    assert app.evaluate("document.getElementById('logo').naturalWidth") == 10  # it is served
    app.click("#btn")
    app.settle()
    expect(app.locator("#out")).to_have_text("SHOUTED 1 TIME(S)")

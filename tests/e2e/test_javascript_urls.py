"""Script URLs become about:blank, as Dash 4.4.1 renders them (run with --oracle to compare),
and clicking such a link runs nothing."""

from playwright.sync_api import expect


def test_script_urls_become_about_blank(app_page):
    app = app_page("javascript_urls")
    for element_id in ("a1", "a2", "a3", "l1"):
        expect(app.locator(f"#{element_id}")).to_have_attribute("href", "about:blank")
    expect(app.locator("#f1")).to_have_attribute("action", "about:blank")
    expect(app.locator("#if1")).to_have_attribute("src", "about:blank")
    expect(app.locator("#a4")).to_have_attribute("href", "#section")
    app.click("#l1")
    assert app.evaluate("window.__ran === undefined")

"""Patch on text, through set_props, and inside a list of children (checked with --oracle)."""

from playwright.sync_api import expect


def test_more_patch_uses(app_page):
    app = app_page("patch_more")
    for _ in range(2):
        app.click("#text-btn")
        app.settle()
    expect(app.locator("#text")).to_have_text("start +1 +2")
    app.click("#side-btn")
    app.settle()
    expect(app.locator("#side-out")).to_have_text("sent 1")
    expect(app.locator("#text")).to_have_text("start +1 +2[1]")
    app.click("#rename")
    app.settle()
    expect(app.locator("#list li")).to_have_text(["one", "renamed 1"])
    expect(app.locator("#li-1")).to_have_attribute("title", "changed")

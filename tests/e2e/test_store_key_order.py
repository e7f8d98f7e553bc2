"""Dict key order after a trip through the page (checked on Dash 4.4.1 with --oracle)."""

import json

from playwright.sync_api import expect


def test_dicts_come_back_in_javascript_key_order(app_page):
    app = app_page("store_key_order")
    expect(app.locator("#keys")).to_have_text(json.dumps(["2", "10", "b", "a", "01", "-1"]))
    app.click("#rewrite")
    app.settle()
    expect(app.locator("#keys")).to_have_text(json.dumps(["3", "7", "z", "y"]))

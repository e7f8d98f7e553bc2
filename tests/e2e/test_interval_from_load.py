"""An Interval ticking from page load: every tick reaches its callback, including the ones made
while Python was loading (as in Dash, where each tick is its own request)."""

from playwright.sync_api import expect


def test_every_tick_is_appended(app_page):
    app = app_page("interval_from_load")
    expect(app.locator("#seen")).to_have_text("".join(f"{n}," for n in range(1, 13)), timeout=30000)
    app.settle()
    assert app.ran() == {"add_tick": 12}

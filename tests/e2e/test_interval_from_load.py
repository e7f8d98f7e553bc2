"""An Interval ticking from page load: every tick made while Python was loading reaches its
callback, replayed one by one (as in Dash, where each tick is its own request). After that, as
in Dash, a tick that comes while the previous tick's call still runs supersedes it: on a busy
machine a later tick may replace an earlier one, so only order and the last tick are certain."""

import re

from playwright.sync_api import expect


def test_every_tick_made_while_loading_is_appended(app_page):
    app = app_page("interval_from_load")
    # Python takes far longer to start than three 150 ms ticks: those are replayed, none lost.
    seen = app.locator("#seen")
    expect(seen).to_have_text(re.compile(r"^1,2,3,(\d+,)*12,$"), timeout=30000)
    app.settle()
    shown = [int(n) for n in seen.text_content().split(",") if n]
    assert shown == sorted(set(shown)), shown  # in tick order, none twice
    assert len(shown) <= app.ran()["add_tick"] <= 12

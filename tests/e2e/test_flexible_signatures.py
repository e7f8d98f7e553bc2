"""Dash's flexible callback signatures (values checked on Dash 4.4.1 with --oracle)."""

import json

from playwright.sync_api import expect


def grouping(b):
    return json.dumps({"first": ["a", "value", "one"],
                       "rest": [["b", "value", b], ["c", "value", "three"]]}, sort_keys=True)


def test_groupings_old_lists_and_positional_prevent(app_page):
    app = app_page("flexible_signatures")
    expect(app.locator("#grouped")).to_have_text("one + ['two', 'three']")
    expect(app.locator("#grouping")).to_have_text(grouping("two"))
    expect(app.locator("#old-1")).to_have_text("one/two")
    expect(app.locator("#old-2")).to_have_text("state three")
    expect(app.locator("#late")).to_have_text("not yet")  # prevent_initial_call given as True
    app.fill("#b", "TWO")
    app.settle()
    app.click("#go")
    app.settle()
    expect(app.locator("#grouped")).to_have_text("one + ['TWO', 'three']")
    expect(app.locator("#grouping")).to_have_text(grouping("TWO"))
    expect(app.locator("#old-1")).to_have_text("one/TWO")
    expect(app.locator("#late")).to_have_text("clicked 1")
    if not app.oracle:  # oracle mode cannot name a callback whose outputs are a dict
        assert app.ran() == {"grouped": 2, "old_form": 2, "late": 1}

"""Seed 000/002 "Determining which Input Has Fired with dash.callback_context"."""

import json

import pytest
from playwright.sync_api import expect

INPUTS_NONE = {"btn-1.n_clicks": None, "btn-2.n_clicks": None, "btn-3.n_clicks": None}


def ctx_json(triggered, inputs):
    """The <pre> text the example prints: json.dumps(..., indent=2) in its key order."""
    return json.dumps({"states": {}, "triggered": triggered, "inputs": inputs}, indent=2)


def row(app):
    return app.locator("#container tr").nth(1).locator("td").all_inner_texts()


# Seed 000 writes `ctx.triggered_id if not None else 'No clicks yet'` ("not None" is always true),
# so its last cell stays empty on load; seed 002 tests `if not ctx.triggered_id` instead.
@pytest.mark.parametrize("name, no_clicks", [
    ("callback_context_buttons", ""),
    ("callback_context_no_clicks", "No clicks yet"),
])
def test_callback_context_buttons(app_page, callback_python, name, no_clicks):
    app = app_page(name)
    header = app.locator("#container tr").first.locator("th").all_inner_texts()
    assert header == ["Button 1", "Button 2", "Button 3", "Most Recent Click"]
    assert row(app) == ["0", "0", "0", no_clicks]
    # On the initial call ctx.triggered is falsy but still holds Dash's placeholder; how
    # json.dumps(indent=2) prints it depends on the Python version (see callback_python).
    initial = [{"prop_id": ".", "value": None}] if callback_python >= (3, 13) else []
    assert app.locator("#container pre").text_content() == ctx_json(initial, INPUTS_NONE)

    app.click("#btn-2")
    app.settle()
    expect(app.locator("#container pre")).to_contain_text('"btn-2.n_clicks": 1')
    assert row(app) == ["0", "1", "0", "btn-2"]
    assert app.locator("#container pre").text_content() == ctx_json(
        [{"prop_id": "btn-2.n_clicks", "value": 1}],
        {"btn-1.n_clicks": None, "btn-2.n_clicks": 1, "btn-3.n_clicks": None})

    app.click("#btn-1")
    app.click("#btn-2")
    app.settle()
    expect(app.locator("#container pre")).to_contain_text('"btn-2.n_clicks": 2')
    assert row(app) == ["1", "2", "0", "btn-2"]
    assert app.locator("#container pre").text_content() == ctx_json(
        [{"prop_id": "btn-2.n_clicks", "value": 2}],
        {"btn-1.n_clicks": 1, "btn-2.n_clicks": 2, "btn-3.n_clicks": None})
    assert app.calls()["display"] == 4

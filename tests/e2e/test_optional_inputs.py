"""Seed 002 "Making Callback States and Inputs Optional": allow_optional=True."""

import json

from playwright.sync_api import expect


def test_optional_input_is_none_until_the_button_exists(app_page):
    app = app_page("optional_inputs")
    output = app.locator("#optional-inputs-output")
    expect(output).to_have_text("")
    expect(app.locator("#optional-inputs-button-2")).to_have_count(0)
    assert sum(app.calls().values()) == 0

    app.click("#optional-inputs-button-1")
    app.settle()
    expect(app.locator("#optional-inputs-button-2")).to_have_text("Button 2")
    expect(output).to_have_text("Button 1 clicks: 1 - Button 2 clicks: None")
    # display_clicks runs for the click on Button 1 (Button 2 missing: None), then once more
    # when Button 2 appears: its output already existed, so the new input counts as a change.
    calls = app.calls()
    assert (calls["add_second_button"], calls["display_clicks"]) == (1, 2)

    app.click("#optional-inputs-button-2")
    app.settle()
    expect(output).to_have_text("Button 1 clicks: 1 - Button 2 clicks: 1")
    calls = app.calls()
    assert (calls["add_second_button"], calls["display_clicks"]) == (1, 3)

    app.click("#optional-inputs-button-1")
    app.settle()
    expect(output).to_have_text("Button 1 clicks: 2 - Button 2 clicks: 1")
    expect(app.locator("#optional-inputs-button-2")).to_have_count(1)  # no_update: still one
    calls = app.calls()
    assert (calls["add_second_button"], calls["display_clicks"]) == (2, 4)


def test_missing_optional_input_and_state_give_none(app_page):
    app = app_page("optional_missing")
    report = json.loads(app.locator("#report").inner_text())
    assert report == {
        "args": [None, None, None],
        "triggered": [{"prop_id": ".", "value": None}],
        "inputs": {"go.n_clicks": None, "ghost-input.value": None},
        "states": {"ghost-state.value": None},
    }
    app.click("#go")
    app.settle()
    report = json.loads(app.locator("#report").inner_text())
    assert report == {
        "args": [1, None, None],
        "triggered": [{"prop_id": "go.n_clicks", "value": 1}],
        "inputs": {"go.n_clicks": 1, "ghost-input.value": None},
        "states": {"ghost-state.value": None},
    }
    assert app.calls()["report"] == 2

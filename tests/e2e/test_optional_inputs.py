"""Seed 002 "Making Callback States and Inputs Optional": allow_optional=True."""

import json


def test_optional_input_is_none_until_the_button_exists(dash_app):
    app = dash_app("optional_inputs")
    assert app.text("optional-inputs-output") == ""
    assert not app.exists("optional-inputs-button-2")
    assert sum(app.calls().values()) == 0

    app.click("optional-inputs-button-1")
    assert app.text("optional-inputs-button-2") == "Button 2"
    assert app.text("optional-inputs-output") == "Button 1 clicks: 1 - Button 2 clicks: None"
    # display_clicks runs for the click on Button 1 (Button 2 missing: None), then once more
    # when Button 2 appears: its output already existed, so the new input counts as a change.
    calls = app.calls()
    assert (calls["add_second_button"], calls["display_clicks"]) == (1, 2)

    app.click("optional-inputs-button-2")
    assert app.text("optional-inputs-output") == "Button 1 clicks: 1 - Button 2 clicks: 1"
    calls = app.calls()
    assert (calls["add_second_button"], calls["display_clicks"]) == (1, 3)

    app.click("optional-inputs-button-1")
    assert app.text("optional-inputs-output") == "Button 1 clicks: 2 - Button 2 clicks: 1"
    assert app.exists("optional-inputs-button-2")  # no_update: still there
    calls = app.calls()
    assert (calls["add_second_button"], calls["display_clicks"]) == (2, 4)


def test_missing_optional_input_and_state_give_none(dash_app):
    app = dash_app("optional_missing")
    report = json.loads(app.text("report"))
    assert report == {
        "args": [None, None, None],
        "triggered": [{"prop_id": ".", "value": None}],
        "inputs": {"go.n_clicks": None, "ghost-input.value": None},
        "states": {"ghost-state.value": None},
    }
    app.click("go")
    report = json.loads(app.text("report"))
    assert report == {
        "args": [1, None, None],
        "triggered": [{"prop_id": "go.n_clicks", "value": 1}],
        "inputs": {"go.n_clicks": 1, "ghost-input.value": None},
        "states": {"ghost-state.value": None},
    }
    assert app.calls()["report"] == 2

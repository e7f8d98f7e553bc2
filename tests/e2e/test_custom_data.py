"""Seed 002 callback_context: `custom_data` (set with dash.hooks.custom_data) and
`record_timing`."""

import json


def custom(app):
    return json.loads(app.text("custom-output"))


def test_custom_data_from_hooks(dash_app):
    app = dash_app("custom_data_timing")
    # The hooks run before every callback call; each fills its namespace.
    assert custom(app) == {
        "n_clicks": None,
        "greeting": {"text": "hello from a hook"},
        "namespaces": ["greeting", "hook_calls"],
        "hook_calls": 1,
        "same_as_attribute": True,
    }
    app.click("custom-button")
    assert custom(app)["n_clicks"] == 1
    assert custom(app)["hook_calls"] == 2
    app.click("timing-button")  # another callback: the hooks run for it too
    app.click("custom-button")
    assert custom(app) == {
        "n_clicks": 2,
        "greeting": {"text": "hello from a hook"},
        "namespaces": ["greeting", "hook_calls"],
        "hook_calls": 4,
        "same_as_attribute": True,
    }
    assert app.calls() == {"show_custom_data": 3, "record": 1}


def test_record_timing(dash_app):
    app = dash_app("custom_data_timing")
    assert app.text("timing-output") == ""
    for n in (1, 2):  # names are per call: the second call may record "compute" again
        app.click("timing-button")
        assert app.text("timing-output") == (
            f"click {n}: total 49995000; second record_timing: "
            "'Duplicate resource name \"compute\" found.'")
    assert app.calls() == {"show_custom_data": 1, "record": 2}

"""Dash's flexible callback signatures (values checked on Dash 4.4.1 with --oracle)."""

import json


def grouping(b):
    return json.dumps({"first": ["a", "value", "one"],
                       "rest": [["b", "value", b], ["c", "value", "three"]]}, sort_keys=True)


def test_groupings_old_lists_and_positional_prevent(dash_app, oracle):
    app = dash_app("flexible_signatures")
    assert app.text("grouped") == "one + ['two', 'three']"
    assert app.text("grouping") == grouping("two")
    assert app.text("old-1") == "one/two"
    assert app.text("old-2") == "state three"
    assert app.text("late") == "not yet"  # prevent_initial_call given as True
    app.fill("b", "TWO")
    app.click("go")
    assert app.text("grouped") == "one + ['TWO', 'three']"
    assert app.text("grouping") == grouping("TWO")
    assert app.text("old-1") == "one/TWO"
    assert app.text("late") == "clicked 1"
    if not oracle:  # oracle mode cannot name a callback whose outputs are a dict
        assert app.calls() == {"grouped": 2, "old_form": 2, "late": 1}

"""Seed 000/002 "Prevent Callback Execution Upon Initial Component Render"."""

import re

CLOCK = r"\d\d:\d\d:\d\d"
OUTPUTS = ("first", "second", "third", "fourth")


def test_prevent_initial_call_chain(dash_app):
    app = dash_app("prevent_initial_call_chain")
    for n in OUTPUTS:
        assert app.text(f"{n}_output_2") == "callback not executed"
    assert sum(app.calls().values()) == 0

    app.click("button_2")
    assert re.fullmatch(f"in the first callback it is {CLOCK}", app.text("first_output_2"))
    assert re.fullmatch(f"in the first callback it is {CLOCK}", app.text("second_output_2"))
    assert re.fullmatch(f"in the second callback it is {CLOCK}", app.text("third_output_2"))
    assert re.fullmatch(f"in the third callback it is {CLOCK}", app.text("fourth_output_2"))
    # third_output waits for second_callback (its other input), so each runs exactly once.
    calls = app.calls()
    assert (calls["first_callback"], calls["second_callback"], calls["third_output"]) == (1, 1, 1)


def test_prevent_initial_call_on_inserted_components(dash_app):
    app = dash_app("prevent_initial_call_inserted")
    # display_page inserts the input and #output together: update_output stays prevented.
    # #layout-div was already there, so the new input counts as a change: it fires.
    assert app.value("input") == "hello world"
    assert app.text("output") == ""
    assert app.text("layout-div") == "hello world"
    calls = app.calls()
    assert (calls["display_page"], calls["update_output"], calls["update_layout_div"]) == (1, 0, 1)

    app.fill("input", "hello pyclient")
    assert app.text("output") == "hello pyclient"
    assert app.text("layout-div") == "hello pyclient"
    calls = app.calls()
    assert (calls["display_page"], calls["update_output"], calls["update_layout_div"]) == (1, 1, 2)

"""Callbacks whose inputs are not in the layout yet (examples/missing_inputs), by the rules
Dash's own integration tests state (test_missing_inputs.py), checked with --oracle."""

IDS = ["out1", "out2", "out3", "all-out", "all-out2", "mixed-out"]


def texts(app):
    return [app.text(i) for i in IDS]


def test_missing_inputs_wait_and_what_reads_only_them_waits_too(dash_app):
    app = dash_app("missing_inputs")
    assert texts(app) == ["output1 init", "output2 init", "output1 init - 3 - Title", "no items",
                          "no items - 2", "mixed init"]
    assert app.calls() == {"content": 1, "out3": 1, "all_items": 1, "all_items2": 1}
    app.click("btn")
    assert texts(app) == ["ABCTitle", "ABCTitle - 2 - Title", "ABCTitle - 3 - Title", "item 0",
                          "item 0 - 2", "A - item 0"]
    app.click("btn")
    assert app.text("all-out2") == "item 0, item 1 - 2"
    assert app.text("mixed-out") == "A - item 0, item 1"
    assert app.text("out2") == "ABCTitle - 2 - Title"

"""A to-do list of pattern-matching ids (examples/todo_list, after the to-do app in Dash's test
assets): the texts after each step match Dash 4.4.1 (--oracle), and so does how often each
callback ran (one call per MATCH instance), counted from Dash's requests for the same steps."""

from playwright.sync_api import expect

TICK = "[id='{\"action\":\"done\",\"item\":%d}'] input"
PRECEDING = "[id='{\"item\":%d,\"preceding\":true}']"


def add(app, text):
    app.fill("#new-item", text)
    app.press("#new-item", "Enter")
    app.settle()


def check_calls(app, expected):
    if not app.oracle:  # the oracle cannot name requests for MATCH outputs; Dash's counts
        # for these steps were read from its requests (see the module docstring)
        assert app.ran() == expected


def test_todo_list_counts(app_page):
    app = app_page("todo_list")
    totals = app.locator("#totals")
    expect(totals).to_have_text("0 of 0 items completed")
    check_calls(app, {"edit_list": 1, "show_totals": 1})
    add(app, "milk")
    expect(totals).to_have_text("0 of 1 items completed - 0%")
    expect(app.locator(PRECEDING % 0)).to_have_text("0 of 0 preceding items are done DO THIS NEXT!")
    check_calls(app, {"edit_list": 2, "mark_done": 1, "show_preceding": 1, "show_totals": 2})
    add(app, "eggs")
    expect(totals).to_have_text("0 of 2 items completed - 0%")
    expect(app.locator("#new-item")).to_have_value("")
    check_calls(app, {"edit_list": 3, "mark_done": 3, "show_preceding": 3, "show_totals": 3})
    app.click(TICK % 1)
    app.settle()
    expect(totals).to_have_text("1 of 2 items completed - 50%")
    expect(app.locator(PRECEDING % 1)).to_have_text("")
    check_calls(app, {"edit_list": 3, "mark_done": 4, "show_preceding": 4, "show_totals": 4})
    app.click("#clear-done")
    app.settle()
    expect(totals).to_have_text("0 of 1 items completed - 0%")
    expect(app.locator("[id='{\"item\":0}']")).to_have_text("milk")
    check_calls(app, {"edit_list": 4, "mark_done": 5, "show_preceding": 5, "show_totals": 5})

"""Pattern-matching callbacks (seed 003 tutorial): dict ids with MATCH, ALL and ALLSMALLER, on
rows a callback adds and removes. Counts and texts are what Dash 4.4.1 shows."""

import json

from playwright.sync_api import expect


def pid(kind, index):
    """A CSS selector for a dict id: its DOM id is compact JSON with sorted keys."""
    return "[id='" + json.dumps({"index": index, "type": kind}, separators=(",", ":")) + "']"


def pick(app, index, city):
    app.click(pid("filter-dropdown", index))
    app.get_by_role("option", name=city, exact=True).click()
    app.settle()


def summary(app):
    return json.loads(app.locator("#summary").inner_text())


def choice(app, index):
    return json.loads(app.locator(pid("filter-output", index)).inner_text())


def dropdown_ids(*indexes):
    return [{"index": i, "type": "filter-dropdown"} for i in indexes]


def initial_choice(index, value):
    """show_choice for a row that was (re)inserted: an initial call, no trigger."""
    return {
        "value": value,
        "triggered_id": None,
        "triggered": [{"prop_id": ".", "value": None}],
        "outputs_list": {"id": {"index": index, "type": "filter-output"}, "property": "children"},
    }


def picked_choice(index, value):
    prop_id = json.dumps({"index": index, "type": "filter-dropdown"}, separators=(",", ":"))
    return {
        "value": value,
        "triggered_id": {"index": index, "type": "filter-dropdown"},
        "triggered": [{"prop_id": f"{prop_id}.value", "value": value}],
        "outputs_list": {"id": {"index": index, "type": "filter-output"}, "property": "children"},
    }


def all_triggered(*indexes):
    """summarize's triggered_prop_ids when the rows with these indexes are (re)inserted."""
    return {json.dumps(i, separators=(",", ":")) + ".value": i for i in dropdown_ids(*indexes)}


def inputs_list(values):
    items = []
    for index, value in enumerate(values):
        item = {"id": {"index": index, "type": "filter-dropdown"}, "property": "value"}
        if value is not None:  # a value the component never had is left out, as Dash does
            item["value"] = value
        items.append(item)
    return [items]


def test_dom_ids_are_sorted_compact_json(app_page):
    app = app_page("pattern_matching", share=True)
    # The initial call of edit_filters added row 0.
    row = app.locator('[id=\'{"index":0,"type":"filter-row"}\']')
    expect(row).to_have_count(1)
    expect(app.locator('[id=\'{"index":0,"type":"filter-dropdown"}\']')).to_have_count(1)
    expect(app.locator('[id=\'{"index":0,"type":"dynamic-input"}\']')).to_have_count(1)
    assert row.get_attribute("id") == '{"index":0,"type":"filter-row"}'


def test_rows_added_later_get_their_callbacks(app_page):
    app = app_page("pattern_matching", share=True)
    # summarize runs once with no rows (nothing blocks it), then once more when row 0 arrives,
    # with the new dropdown as its trigger; the row's MATCH callbacks make initial calls.
    assert app.ran() == {"edit_filters": 1, "summarize": 2, "show_choice": 1, "show_so_far": 1,
                         "update_dynamic_output": 1}
    assert summary(app) == {
        "values": [None],
        "ids": [{"type": "filter-dropdown", "index": 0}],
        "triggered_id": {"index": 0, "type": "filter-dropdown"},
        "triggered_prop_ids": all_triggered(0),
        "inputs_list": inputs_list([None]),
    }
    # The id prop keeps the layout's key order; ids Dash builds from the DOM id are sorted.
    assert '"ids": [{"type": "filter-dropdown", "index": 0}]' in app.locator("#summary").inner_text()
    assert choice(app, 0) == initial_choice(0, None)
    expect(app.locator(pid("filter-so-far", 0))).to_have_text("so far: [null]")
    expect(app.locator(pid("dynamic-output", 0))).to_have_text("You entered: None")

    app.click("#add-filter")
    app.settle()
    expect(app.locator(pid("filter-row", 1))).to_have_count(1)
    # The Patch re-renders the whole container: row 0 counts as inserted again, so both rows'
    # MATCH callbacks run, and summarize sees both dropdowns in triggered_prop_ids.
    assert app.ran() == {"edit_filters": 2, "summarize": 3, "show_choice": 3, "show_so_far": 3,
                         "update_dynamic_output": 3}
    assert summary(app) == {
        "values": [None, None],
        "ids": [{"type": "filter-dropdown", "index": i} for i in (0, 1)],
        "triggered_id": {"index": 0, "type": "filter-dropdown"},
        "triggered_prop_ids": all_triggered(0, 1),
        "inputs_list": inputs_list([None, None]),
    }
    assert choice(app, 1) == initial_choice(1, None)
    expect(app.locator(pid("filter-so-far", 1))).to_have_text("so far: [null, null]")

    pick(app, 1, "MTL")
    assert choice(app, 1) == picked_choice(1, "MTL")
    assert choice(app, 0) == initial_choice(0, None)
    expect(app.locator(pid("filter-so-far", 1))).to_have_text('so far: [null, "MTL"]')
    assert summary(app) == {
        "values": [None, "MTL"],
        "ids": [{"type": "filter-dropdown", "index": i} for i in (0, 1)],
        "triggered_id": {"index": 1, "type": "filter-dropdown"},
        "triggered_prop_ids": all_triggered(1),
        "inputs_list": inputs_list([None, "MTL"]),
    }
    assert app.ran() == {"edit_filters": 2, "summarize": 4, "show_choice": 4, "show_so_far": 4,
                         "update_dynamic_output": 3}

    # ALLSMALLER: row 1 depends on row 0, so choosing in row 0 updates both "so far" texts.
    pick(app, 0, "NYC")
    assert choice(app, 0) == picked_choice(0, "NYC")
    expect(app.locator(pid("filter-so-far", 0))).to_have_text('so far: ["NYC"]')
    expect(app.locator(pid("filter-so-far", 1))).to_have_text('so far: ["NYC", "MTL"]')
    assert summary(app)["values"] == ["NYC", "MTL"]
    assert summary(app)["triggered_id"] == {"index": 0, "type": "filter-dropdown"}
    assert app.ran() == {"edit_filters": 2, "summarize": 5, "show_choice": 5, "show_so_far": 6,
                         "update_dynamic_output": 3}

    # The tutorial's MATCH example: only the row typed in changes.
    app.fill(pid("dynamic-input", 0), "hello")
    app.settle()
    expect(app.locator(pid("dynamic-output", 0))).to_have_text("You entered: hello")
    expect(app.locator(pid("dynamic-output", 1))).to_have_text("You entered: None")
    assert app.ran()["update_dynamic_output"] == 4

    # A third row: every row is re-inserted and keeps what was chosen and typed in it.
    app.click("#add-filter")
    app.settle()
    assert summary(app) == {
        "values": ["NYC", "MTL", None],
        "ids": [{"type": "filter-dropdown", "index": i} for i in (0, 1, 2)],
        "triggered_id": {"index": 0, "type": "filter-dropdown"},
        "triggered_prop_ids": all_triggered(0, 1, 2),
        "inputs_list": inputs_list(["NYC", "MTL", None]),
    }
    assert choice(app, 0) == initial_choice(0, "NYC")
    assert choice(app, 2) == initial_choice(2, None)
    expect(app.locator(pid("filter-so-far", 2))).to_have_text('so far: ["NYC", "MTL", null]')
    expect(app.locator(pid("dynamic-output", 0))).to_have_text("You entered: hello")
    expect(app.locator(pid("dynamic-input", 0))).to_have_value("hello")
    assert app.ran() == {"edit_filters": 3, "summarize": 6, "show_choice": 8, "show_so_far": 9,
                         "update_dynamic_output": 7}


def test_removing_a_row(app_page):
    app = app_page("pattern_matching")
    app.click("#add-filter")
    app.settle()
    pick(app, 1, "LA")
    before = app.ran()
    app.click("#remove-filter")  # del patch[-1]
    app.settle()
    expect(app.locator(pid("filter-row", 1))).to_have_count(0)
    expect(app.locator(pid("filter-row", 0))).to_have_count(1)
    assert summary(app) == {
        "values": [None],
        "ids": [{"type": "filter-dropdown", "index": 0}],
        "triggered_id": {"index": 0, "type": "filter-dropdown"},
        "triggered_prop_ids": all_triggered(0),
        "inputs_list": inputs_list([None]),
    }
    after = app.ran()
    # The remaining row is re-inserted (one call of each MATCH callback), summarize runs once.
    assert {name: after[name] - before.get(name, 0) for name in after} == {
        "edit_filters": 1, "summarize": 1, "show_choice": 1, "show_so_far": 1,
        "update_dynamic_output": 1}

"""Patch(): every operation (seed 003 "Solution 4: using Partial Update" and Dash's Patch API).
Each step's expected value is what Dash 4.4.1 shows after that click."""

import json

from playwright.sync_api import expect

LIST_STEPS = [
    ("append", ["b", "c", "d"]),
    ("prepend", ["a", "b", "c", "d"]),
    ("extend", ["a", "b", "c", "d", "e", "f"]),
    ("insert", ["a", "x", "b", "c", "d", "e", "f"]),
    ("insert-negative", ["a", "x", "b", "c", "d", "e", "y", "f"]),  # before the last item
    ("remove", ["a", "b", "c", "d", "e", "y", "f"]),
    ("reverse", ["f", "y", "e", "d", "c", "b", "a"]),
    ("iadd", ["f", "y", "e", "d", "c", "b", "a", "g"]),  # patch += [...] extends
    ("del", ["y", "e", "d", "c", "b", "a", "g"]),
    ("assign", ["first", "e", "d", "c", "b", "a", "g"]),
    ("clear", []),
    ("several", ["0", "2"]),  # append 1, append 2, prepend 0, del [1]: applied in order
    ("repeat", ["0", "2", "b", "c", "b"]),
    ("remove-repeated", ["0", "2", "c"]),  # remove() takes out every occurrence
]

DICT_START = {"address": {"city": "London"}, "age": 36, "name": "Ada", "tags": ["math"]}
LONDON = {"city": "London"}
MERGED = {"city": "London", "country": "UK", "zip": "N1"}
PARIS = {"city": "Paris", "country": "UK", "zip": "N1"}
NAME = "Grace Lovelace"
DICT_STEPS = [
    ("assign", {"address": LONDON, "age": 36, "name": "Grace", "tags": ["math"]}),
    ("attr-assign", {"address": LONDON, "age": 36, "city": "Paris", "name": "Grace",
                     "tags": ["math"]}),
    ("add", {"address": LONDON, "age": 37, "city": "Paris", "name": "Grace", "tags": ["math"]}),
    ("sub", {"address": LONDON, "age": 27, "city": "Paris", "name": "Grace", "tags": ["math"]}),
    ("mul", {"address": LONDON, "age": 54, "city": "Paris", "name": "Grace", "tags": ["math"]}),
    ("div", {"address": LONDON, "age": 27, "city": "Paris", "name": "Grace", "tags": ["math"]}),
    ("div-fraction", {"address": LONDON, "age": 3.375, "city": "Paris", "name": "Grace",
                      "tags": ["math"]}),
    ("concat", {"address": LONDON, "age": 3.375, "city": "Paris", "name": NAME,
                "tags": ["math"]}),
    ("nested-append", {"address": LONDON, "age": 3.375, "city": "Paris", "name": NAME,
                       "tags": ["math", "poetry"]}),
    ("update", {"address": MERGED, "age": 3.375, "city": "Paris", "name": NAME,
                "tags": ["math", "poetry"]}),
    ("ior", {"address": PARIS, "age": 3.375, "city": "Paris", "name": NAME,
             "tags": ["math", "poetry"]}),
    ("del", {"address": PARIS, "age": 3.375, "city": "Paris", "name": NAME}),
    ("del-attr", {"address": PARIS, "age": 3.375, "name": NAME}),
    ("assign-deep", {"address": PARIS, "age": 3.375, "extra": {"deep": {"value": 1}},
                     "name": NAME}),
]


def test_patch_list_operations(app_page):
    app = app_page("patch_operations", share=True)
    expect(app.locator("#items-view")).to_have_text('["b", "c"]')
    for n, (op, expected) in enumerate(LIST_STEPS, start=1):
        app.click(f"#list-{op}")
        app.settle()
        assert json.loads(app.locator("#items-view").inner_text()) == expected, op
        # The patched data triggers show_items like any other output.
        calls = app.calls()
        assert (calls["patch_list"], calls["show_items"]) == (n, n + 1), (op, calls)


def test_patch_dict_operations(app_page):
    app = app_page("patch_operations", share=True)
    assert json.loads(app.locator("#user-view").inner_text()) == DICT_START
    for n, (op, expected) in enumerate(DICT_STEPS, start=1):
        app.click(f"#dict-{op}")
        app.settle()
        # The view is json.dumps(data, sort_keys=True), compared as text: the data lives in the
        # browser as JSON numbers, so 54 / 2 comes back to Python as 27, not 27.0.
        expect(app.locator("#user-view")).to_have_text(json.dumps(expected, sort_keys=True))
        calls = app.calls()
        assert (calls["patch_dict"], calls["show_user"]) == (n, n + 1), (op, calls)


def test_patch_children(app_page):
    app = app_page("patch_operations", share=True)
    items = app.locator("#children-list > li")
    expect(items).to_have_text(["first"])
    app.click("#children-append")
    app.settle()
    expect(items).to_have_text(["first", "appended 1"])
    app.click("#children-prepend")
    app.settle()
    expect(items).to_have_text(["prepended 1", "first", "appended 1"])
    app.click("#children-append")
    app.settle()
    expect(items).to_have_text(["prepended 1", "first", "appended 1", "appended 2"])
    assert app.calls()["patch_children"] == 3

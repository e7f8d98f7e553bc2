"""Callbacks whose inputs are not in the layout yet (examples/missing_inputs), by the rules
Dash's own integration tests state (test_missing_inputs.py), checked with --oracle."""

from playwright.sync_api import expect

IDS = ["#out1", "#out2", "#out3", "#all-out", "#all-out2", "#mixed-out"]


def texts(app):
    return [app.locator(i) for i in IDS]


def test_missing_inputs_wait_and_what_reads_only_them_waits_too(app_page):
    app = app_page("missing_inputs")
    expected = ["output1 init", "output2 init", "output1 init - 3 - Title", "no items",
                "no items - 2", "mixed init"]
    for locator, text in zip(texts(app), expected):
        expect(locator).to_have_text(text)
    assert app.ran() == {"content": 1, "out3": 1, "all_items": 1, "all_items2": 1}
    app.click("#btn")
    app.settle()
    expected = ["ABCTitle", "ABCTitle - 2 - Title", "ABCTitle - 3 - Title", "item 0",
                "item 0 - 2", "A - item 0"]
    for locator, text in zip(texts(app), expected):
        expect(locator).to_have_text(text)
    app.click("#btn")
    app.settle()
    expect(app.locator("#all-out2")).to_have_text("item 0, item 1 - 2")
    expect(app.locator("#mixed-out")).to_have_text("A - item 0, item 1")
    expect(app.locator("#out2")).to_have_text("ABCTitle - 2 - Title")

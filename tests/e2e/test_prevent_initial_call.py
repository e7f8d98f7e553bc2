"""Seed 000/002 "Prevent Callback Execution Upon Initial Component Render"."""

import re

from playwright.sync_api import expect

CLOCK = r"\d\d:\d\d:\d\d"
OUTPUTS = ("first", "second", "third", "fourth")


def test_prevent_initial_call_chain(app_page):
    app = app_page("prevent_initial_call_chain")
    for n in OUTPUTS:
        expect(app.locator(f"#{n}_output_2")).to_have_text("callback not executed")
    assert sum(app.calls().values()) == 0

    app.click("#button_2")
    app.settle()
    expect(app.locator("#first_output_2")).to_have_text(
        re.compile(f"^in the first callback it is {CLOCK}$"))
    expect(app.locator("#second_output_2")).to_have_text(
        re.compile(f"^in the first callback it is {CLOCK}$"))
    expect(app.locator("#third_output_2")).to_have_text(
        re.compile(f"^in the second callback it is {CLOCK}$"))
    expect(app.locator("#fourth_output_2")).to_have_text(
        re.compile(f"^in the third callback it is {CLOCK}$"))
    # third_output waits for second_callback (its other input), so each runs exactly once.
    calls = app.calls()
    assert (calls["first_callback"], calls["second_callback"], calls["third_output"]) == (1, 1, 1)


def test_prevent_initial_call_on_inserted_components(app_page):
    app = app_page("prevent_initial_call_inserted")
    # display_page inserts the input and #output together: update_output stays prevented.
    # #layout-div was already there, so the new input counts as a change: it fires.
    expect(app.locator("#input")).to_have_value("hello world")
    expect(app.locator("#output")).to_have_text("")
    expect(app.locator("#layout-div")).to_have_text("hello world")
    calls = app.calls()
    assert (calls["display_page"], calls["update_output"], calls["update_layout_div"]) == (1, 0, 1)

    app.fill("#input", "hello pyclient")
    app.settle()
    expect(app.locator("#output")).to_have_text("hello pyclient")
    expect(app.locator("#layout-div")).to_have_text("hello pyclient")
    calls = app.calls()
    assert (calls["display_page"], calls["update_output"], calls["update_layout_div"]) == (1, 1, 2)

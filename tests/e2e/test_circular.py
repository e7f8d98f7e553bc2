"""Seed 000/002 "Circular Callbacks": one callback keeps two components in sync."""

from playwright.sync_api import expect


def test_slider_and_input_follow_each_other(app_page):
    app = app_page("circular_slider_input")
    expect(app.locator("#input-circular")).to_have_value("3")
    assert app.slider_value("slider-circular") == 3
    # The marks 0..20 are shown as text.
    for mark in ("0", "10", "20"):
        expect(app.locator("#slider-circular").get_by_text(mark, exact=True)).to_be_visible()

    app.fill("#input-circular", "7")
    app.settle()
    assert app.slider_value("slider-circular") == 7
    expect(app.locator("#input-circular")).to_have_value("7")

    app.move_slider("slider-circular", 2)
    assert app.slider_value("slider-circular") == 9
    expect(app.locator("#input-circular")).to_have_value("9")

    app.move_slider("slider-circular", -1)
    assert app.slider_value("slider-circular") == 8
    expect(app.locator("#input-circular")).to_have_value("8")
    # One initial call, one for the typed value, one per arrow key.
    assert app.calls()["callback"] == 5


def test_temperature_converts_both_ways(app_page):
    app = app_page("circular_temperature")
    expect(app.locator("#react-entry-point")).to_contain_text("Convert Temperature")
    # The initial call's trigger is the "." placeholder, so it recomputes Celsius from 32 F.
    expect(app.locator("#celsius")).to_have_value("0")
    expect(app.locator("#fahrenheit")).to_have_value("32")

    app.fill("#celsius", "100")
    app.settle()
    expect(app.locator("#fahrenheit")).to_have_value("212")
    expect(app.locator("#celsius")).to_have_value("100")

    app.fill("#fahrenheit", "50")
    app.settle()
    expect(app.locator("#celsius")).to_have_value("10")
    expect(app.locator("#fahrenheit")).to_have_value("50")

    # Clearing one input clears the other (None in, None out).
    app.fill("#celsius", "")
    app.settle()
    expect(app.locator("#fahrenheit")).to_have_value("")
    assert app.calls()["sync_input"] == 4


def checked(app, checklist_id):
    boxes = app.locator(f"#{checklist_id} input[type=checkbox]")
    return [boxes.nth(i).is_checked() for i in range(boxes.count())]


def test_checklists_stay_in_sync(app_page):
    app = app_page("circular_checklists")
    labels = app.locator("#city-checklist label").all_inner_texts()
    assert [label.strip() for label in labels] == ["New York City", "Montréal", "San Francisco"]
    assert checked(app, "all-checklist") == [False]
    assert checked(app, "city-checklist") == [False, False, False]

    app.locator("#all-checklist label", has_text="All").locator("input").check()
    app.settle()
    assert checked(app, "city-checklist") == [True, True, True]
    assert checked(app, "all-checklist") == [True]

    app.locator("#city-checklist label", has_text="Montréal").locator("input").uncheck()
    app.settle()
    assert checked(app, "city-checklist") == [True, False, True]
    assert checked(app, "all-checklist") == [False]

    # Checking the last city by hand checks "All" again.
    app.locator("#city-checklist label", has_text="Montréal").locator("input").check()
    app.settle()
    assert checked(app, "all-checklist") == [True]

    app.locator("#all-checklist label", has_text="All").locator("input").uncheck()
    app.settle()
    assert checked(app, "city-checklist") == [False, False, False]
    assert checked(app, "all-checklist") == [False]
    assert app.calls()["sync_checklists"] == 5

"""dcc.DatePickerSingle / DatePickerRange: a typed date reaches Python as "YYYY-MM-DD".

Dash 4.4.1 renders text inputs: the single picker's input has the component's id, the range's
two inputs the ids ID ("Start Date") and ID-end-date ("End Date"). A person types the date and
leaves the box.
"""

from playwright.sync_api import expect


def date_box(app, picker_id, which="single"):
    if which == "end":
        return app.locator(f"#{picker_id}-end-date")
    return app.locator(f"#{picker_id}")


def type_date(app, box, date):
    box.fill(date)
    box.press("Tab")
    app.settle()


def test_single_date(app_page):
    app = app_page("dcc_datepicker", share=True)
    out = app.locator("#day-out")
    expect(out).to_have_text("Day: 2024-01-05")
    box = date_box(app, "day")
    expect(box).to_have_value("2024-01-05")

    type_date(app, box, "2024-02-10")
    expect(out).to_have_text("Day: 2024-02-10")

    type_date(app, box, "2025-02-10")  # after max_date_allowed: refused
    expect(out).to_have_text("Day: 2024-02-10")
    expect(box).to_have_value("2024-02-10")

    type_date(app, box, "")
    expect(out).to_have_text("Day: None")


def test_date_range(app_page):
    app = app_page("dcc_datepicker", share=True)
    out = app.locator("#stay-out")
    expect(out).to_have_text("Stay from 2024-03-01 to 2024-03-05")
    expect(date_box(app, "stay", "start")).to_have_attribute("aria-label", "Start Date")
    expect(date_box(app, "stay", "end")).to_have_attribute("aria-label", "End Date")
    type_date(app, date_box(app, "stay", "end"), "2024-03-09")
    expect(out).to_have_text("Stay from 2024-03-01 to 2024-03-09")
    type_date(app, date_box(app, "stay", "start"), "2024-02-20")
    expect(out).to_have_text("Stay from 2024-02-20 to 2024-03-09")
    assert app.calls()["stay"] == 3

"""dcc.Checklist: ticking appends in click order, unticking removes; disabled options."""

from playwright.sync_api import expect


def box(app, checklist_id, label):
    return app.locator(f"#{checklist_id} label", has_text=label).locator("input")


def test_checklist_values_in_click_order(app_page):
    app = app_page("dcc_checklist", share=True)
    out = app.locator("#cities-out")
    expect(out).to_have_text("You chose NYC")
    expect(box(app, "cities", "New York City")).to_be_checked()
    expect(box(app, "cities", "Paris")).to_be_disabled()

    box(app, "cities", "Montréal").check()
    app.settle()
    expect(out).to_have_text("You chose NYC, MTL")

    box(app, "cities", "New York City").uncheck()
    app.settle()
    expect(out).to_have_text("You chose MTL")

    box(app, "cities", "New York City").check()
    app.settle()
    expect(out).to_have_text("You chose MTL, NYC")

    box(app, "cities", "Montréal").uncheck()
    box(app, "cities", "New York City").uncheck()
    app.settle()
    expect(out).to_have_text("You chose nothing")
    assert app.calls()["chosen"] == 6


def test_checklist_numbers_stay_numbers(app_page):
    app = app_page("dcc_checklist", share=True)
    out = app.locator("#numbers-out")
    expect(out).to_have_text("Sum 0 of []")
    box(app, "numbers", "3").check()
    app.settle()
    box(app, "numbers", "1").check()
    app.settle()
    expect(out).to_have_text("Sum 4 of [3, 1]")

"""dcc.RadioItems: one value at a time; numeric values stay numbers."""

from playwright.sync_api import expect


def radio(app, group_id, label):
    return app.locator(f"#{group_id} label", has_text=label).locator("input")


def test_radio_items(app_page):
    app = app_page("dcc_radioitems")
    expect(app.locator("#city-out")).to_have_text("You picked MTL")
    expect(radio(app, "city", "Montréal")).to_be_checked()

    radio(app, "city", "San Francisco").check()
    app.settle()
    expect(app.locator("#city-out")).to_have_text("You picked SF")
    expect(radio(app, "city", "Montréal")).not_to_be_checked()

    expect(app.locator("#size-out")).to_have_text("No size yet")
    radio(app, "size", "2").check()
    app.settle()
    expect(app.locator("#size-out")).to_have_text("Size 2 (int)")
    # Picking the selected option again changes nothing.
    radio(app, "size", "2").click()
    app.settle()
    assert app.calls()["size"] == 2

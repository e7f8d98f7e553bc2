"""dcc.Dropdown: pick, remove, clear and search, single and multi.

The widget's DOM differs (pyclient: docs/dom.md; Dash 4.4.1: a button opening a popover), so
what a person does with it lives in the small helpers below, which know both.
"""

from playwright.sync_api import expect


def open_menu(app, dropdown_id):
    app.click(f"#{dropdown_id}")


def close_menu(app):
    app.keyboard.press("Escape")


def option(app, label):
    return app.get_by_role("option", name=label, exact=True)


def pick(app, dropdown_id, label, *, close=False):
    open_menu(app, dropdown_id)
    option(app, label).click()
    if close:
        close_menu(app)
    app.settle()


def remove(app, dropdown_id, label):
    """Take one value out of a multi dropdown: its chip's remove button (Dash 4.4.1 has no
    chips: the selected option is clicked again)."""
    if app.oracle:
        pick(app, dropdown_id, label, close=True)
    else:
        app.locator(f"#{dropdown_id}").get_by_role("button", name=f"Remove {label}").click()
        app.settle()


def clear(app, dropdown_id):
    name = "Clear selection" if app.oracle else "Clear all"
    app.locator(f"#{dropdown_id}").get_by_label(name).click()
    app.settle()


def search_box(app, dropdown_id):
    if app.oracle:
        return app.locator("input.dash-dropdown-search")
    return app.locator(f"#{dropdown_id} input.pyclient-dropdown-search")


def test_single_dropdown(app_page):
    app = app_page("dcc_dropdown")
    out = app.locator("#single-out")
    expect(out).to_have_text("You chose Montréal")
    expect(app.locator("#single")).to_contain_text("Montréal")

    pick(app, "single", "New York City")
    expect(out).to_have_text("You chose New York City")
    expect(app.locator("#single")).to_contain_text("New York City")
    expect(option(app, "Montréal")).to_have_count(0)  # picking closed the menu

    clear(app, "single")
    expect(out).to_have_text("Nothing chosen (None)")
    assert app.calls()["single"] == 3


def test_single_dropdown_search(app_page):
    app = app_page("dcc_dropdown")
    open_menu(app, "single")
    expect(app.get_by_role("option")).to_have_count(3)
    search_box(app, "single").fill("san")
    expect(app.get_by_role("option")).to_have_count(1)
    option(app, "San Francisco").click()
    app.settle()
    expect(app.locator("#single-out")).to_have_text("You chose San Francisco")


def test_multi_dropdown(app_page):
    app = app_page("dcc_dropdown")
    out = app.locator("#multi-out")
    expect(out).to_have_text("You chose MTL")

    open_menu(app, "multi")
    option(app, "New York City").click()
    app.settle()
    expect(out).to_have_text("You chose MTL, NYC")
    option(app, "San Francisco").click()  # a multi dropdown stays open
    app.settle()
    expect(out).to_have_text("You chose MTL, NYC, SF")
    close_menu(app)

    remove(app, "multi", "Montréal")
    expect(out).to_have_text("You chose NYC, SF")

    clear(app, "multi")
    expect(out).to_have_text("Nothing chosen ([])")
    expect(app.locator("#multi")).to_contain_text("Pick cities")

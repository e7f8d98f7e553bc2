"""dcc.Dropdown: pick, remove, clear and search, single and multi.

Dash 4.4.1's dropdown is a button (with the component's id) that opens a popover: a search box
(input.dash-dropdown-search) and a listbox of role=option rows. A multi dropdown has no chips:
a selected option is clicked again to take it out. The clear cross is a link labelled
"Clear selection" inside the button.
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
    """Take one value out of a multi dropdown: click its (selected) option again."""
    open_menu(app, dropdown_id)
    expect(option(app, label)).to_have_attribute("aria-selected", "true")
    option(app, label).click()
    expect(option(app, label)).to_have_attribute("aria-selected", "false")
    close_menu(app)
    app.settle()


def clear(app, dropdown_id):
    app.locator(f"#{dropdown_id}").get_by_label("Clear selection").click()
    app.settle()


def search_box(app):
    # The popover is portalled to the end of <body>; only one is open at a time.
    return app.locator("input.dash-dropdown-search")


def test_single_dropdown(app_page):
    app = app_page("dcc_dropdown", share=True)
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
    app = app_page("dcc_dropdown", share=True)
    open_menu(app, "single")
    expect(app.get_by_role("option")).to_have_count(3)
    search_box(app).fill("san")
    expect(app.get_by_role("option")).to_have_count(1)
    option(app, "San Francisco").click()
    app.settle()
    expect(app.locator("#single-out")).to_have_text("You chose San Francisco")


def test_multi_dropdown(app_page):
    app = app_page("dcc_dropdown", share=True)
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

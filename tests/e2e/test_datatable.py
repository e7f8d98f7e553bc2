"""dash_table.DataTable drawn by dash_table's own bundle: native sort, filter and paging,
editing with data_previous, row selection and active_cell reach callbacks as under Dash
(checked with --oracle against Dash 4.4.1)."""

from playwright.sync_api import expect


def order(app):
    return app.locator("#order")


def test_sort_filter_and_paging(app_page):
    app = app_page("datatable")
    expect(order(app)).to_have_text("order: Oslo, Lagos, Lima, Bergen, Cusco")
    sort_city = app.locator("th[data-dash-column=city] .column-header--sort")
    sort_city.click()
    app.settle()
    expect(order(app)).to_have_text("order: Bergen, Cusco, Lagos, Lima, Oslo")
    sort_city.click()
    app.settle()
    expect(order(app)).to_have_text("order: Oslo, Lima, Lagos, Cusco, Bergen")
    # page_size=4: the fifth row is on page 2
    expect(app.locator("td[data-dash-column=city]")).to_have_count(4)
    app.click("button.next-page")
    app.settle()
    expect(app.locator("td[data-dash-column=city]")).to_have_text(["Bergen"])
    app.click("th.dash-filter[data-dash-column=country] input")
    app.keyboard.type("Peru")
    app.keyboard.press("Enter")
    app.settle()
    expect(order(app)).to_have_text("order: Lima, Cusco")
    # the number format: thousands grouped, no decimals
    expect(app.locator("td[data-dash-column=population]").first).to_have_text("10,719,188")


def test_active_cell_and_row_selection(app_page):
    app = app_page("datatable")
    expect(app.locator("#active")).to_have_text("no active cell")
    app.locator("td[data-dash-column=country]").nth(1).click()
    app.settle()
    expect(app.locator("#active")).to_have_text("active: row 1, column country")
    app.locator("td.dash-select-cell input[type=checkbox]").nth(2).check()
    app.settle()
    app.locator("td.dash-select-cell input[type=checkbox]").nth(0).check()
    app.settle()
    expect(app.locator("#selected")).to_have_text("selected: [0, 2]")


def test_editing_gives_data_previous(app_page):
    app = app_page("datatable")
    expect(app.locator("#edited")).to_have_text("")
    app.locator("td[data-dash-column=city]").first.click()
    app.keyboard.type("Osaka")
    app.keyboard.press("Enter")
    app.settle()
    expect(app.locator("#edited")).to_have_text("edited: Oslo -> Osaka")
    expect(order(app)).to_have_text("order: Osaka, Lagos, Lima, Bergen, Cusco")
    assert app.calls()["show_edit"] == 1

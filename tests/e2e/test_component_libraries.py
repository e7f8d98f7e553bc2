"""Third-party component libraries drawn by their own bundles: dash-bootstrap-components 2.0.4
and dash-ag-grid 35.3.0 (examples/bootstrap_components, examples/ag_grid). Their Python classes
(generated code on dash.development.base_component) import and serialise in the build and in
Pyodide, their wheels ship without Dash, and their JavaScript and CSS come into the site. The
same clicks give the same texts as under Dash 4.4.1 (--oracle)."""

from playwright.sync_api import expect


def test_bootstrap_stylesheet_is_in_the_site(app_page):
    """dbc.themes.BOOTSTRAP is a CDN URL; the build copies the file into the site."""
    app = app_page("bootstrap_components", share=True)  # it only reads
    if app.oracle:
        return  # Dash links the CDN, which this machine cannot reach
    expect(app.locator("#toggle")).to_have_css("background-color", "rgb(13, 110, 253)")


def test_bootstrap_alert_input_and_collapse(app_page):
    app = app_page("bootstrap_components", share=True)
    expect(app.locator("#greeting")).to_have_text("Type your name")
    expect(app.locator("#clicks")).to_have_text("More clicked 0 times")
    alert = app.locator("#alert")
    expect(alert).to_have_class("fade alert alert-success show")
    app.click("#toggle")
    app.settle()
    expect(alert).to_have_count(0)  # faded out and removed, as dbc.Alert does
    app.click("#toggle")
    app.settle()
    expect(alert).to_have_text("Hello from an Alert")
    app.fill("#name", "Bob")
    app.settle()
    expect(app.locator("#greeting")).to_have_text("Hello, Bob!")
    expect(app.locator("#name")).to_have_class("form-control")
    app.click("#more")
    app.settle()
    expect(app.locator("#clicks")).to_have_text("More clicked 1 times")
    expect(app.locator("#details")).to_contain_text("Hidden details")
    assert app.calls()["toggle_alert"] == 2


def rows_in_order(app):
    return app.evaluate("""() => [...document.querySelectorAll('#grid .ag-center-cols-container .ag-row')]
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((row) => row.innerText.replace(/\\s+/g, ' ').trim())""")


def test_ag_grid_clicks_selection_and_sort(app_page):
    app = app_page("ag_grid")
    expect(app.locator("#selected")).to_have_text("selected:")
    expect(app.locator("#clicked")).to_have_text("no cell clicked")
    app.click("#grid .ag-row[row-index='1'] .ag-cell[col-id=model]")
    app.settle()
    expect(app.locator("#clicked")).to_have_text("clicked model = Mondeo")
    app.click("#grid .ag-row[row-index='2'] input[type=checkbox]")
    app.settle()
    app.click("#grid .ag-row[row-index='0'] input[type=checkbox]")
    app.settle()
    expect(app.locator("#selected")).to_have_text("selected: Mondeo, Boxster, Celica")
    app.click("#grid .ag-header-cell[col-id=price] .ag-header-cell-label")
    app.settle()
    assert rows_in_order(app) == ["Ford Mondeo 32000", "Toyota Celica 35000",
                                  "Porsche Boxster 72000"]

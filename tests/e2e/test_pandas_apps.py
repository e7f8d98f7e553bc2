"""Unmodified tutorial-style apps that use pandas and plotly.express (examples/pandas_*): the
callbacks that need pandas run on the app's Python server, the plain ones in the browser, and
the page behaves exactly as on real Dash.

Each app reads a small CSV at import time; every expected text below is what Dash 4.4.1 shows
for that data. Figures are checked through plotly.js's own DOM (title, axis titles, the number
of traces drawn, the legend), which is the same wherever the figure was computed.

Each app's first test only reads its page, and the next one goes on in that same page.
"""

from playwright.sync_api import expect


def wait_plotted(app, graph_id="graph"):
    app.wait_for_selector(f"#{graph_id} .main-svg")
    app.settle()


def pick(app, dropdown_id, label):
    """Open a dcc.Dropdown and choose one option (Dash 4.4.1 and pyclient both give options the
    role "option"); choosing closes the menu."""
    app.click(f"#{dropdown_id}")
    app.get_by_role("option", name=label, exact=True).click()
    app.settle()


def choice(app, group_id, label):
    """The <input> of one RadioItems / Checklist option, found by its label."""
    return app.locator(f"#{group_id} label", has_text=label).locator("input")


def click(app, selector):
    app.click(selector)
    app.settle()


def traces(app, kind, graph_id="graph"):
    """The traces plotly.js drew in one layer: "scatter" (lines and markers) or "bar"."""
    return app.locator(f"#{graph_id} .{kind}layer .trace")


def expect_figure(app, *, title, xtitle, ytitle, scatter=0, bar=0, legend=(), graph_id="graph"):
    graph = app.locator(f"#{graph_id}")
    expect(graph.locator(".gtitle")).to_have_text(title)
    expect(graph.locator(".xtitle")).to_have_text(xtitle)
    expect(graph.locator(".ytitle")).to_have_text(ytitle)
    expect(traces(app, "scatter", graph_id)).to_have_count(scatter)
    expect(traces(app, "bar", graph_id)).to_have_count(bar)
    expect(graph.locator(".legendtext")).to_have_text(list(legend))


# ------------------------------------------------------------------ pandas_gapminder
# update_graph (pandas: a helper that filters the frame, px.line, a groupby) feeds a dcc.Store
# that the plain headline callback formats; update_title is plain string formatting.


def test_gapminder_initial_page(app_page):
    app = app_page("pandas_gapminder", share=True)
    wait_plotted(app)
    expect(app.locator("#title")).to_have_text("Life expectancy in Canada")
    expect(app.locator("#summary")).to_have_text(
        "Life expectancy in Canada, 1952-2007: mean 75.6 years")
    expect(app.locator("#headline")).to_have_text("Latest figure for Canada (2007): 81.0 years")
    # The dropdown's options come from the frame, sorted.
    expect(app.locator("#country")).to_contain_text("Canada")
    app.click("#country")
    menu = app.get_by_role("listbox").filter(has=app.get_by_role("option", name="Australia"))
    expect(menu.get_by_role("option")).to_have_text([
        "Australia", "Brazil", "Canada", "France", "India",
        "Japan", "Kenya", "Mexico", "Nigeria", "Norway",
    ])
    app.keyboard.press("Escape")
    expect_figure(app, title="Canada (Americas)", xtitle="Year", ytitle="Life expectancy",
                  scatter=1, legend=[])
    # The headline's only input is written by an initial call: it runs once, after it.
    assert app.ran() == {"update_title": 1, "update_graph": 1, "headline": 1}


def test_gapminder_country_measure_and_average(app_page):
    app = app_page("pandas_gapminder", share=True)
    wait_plotted(app)

    pick(app, "country", "Japan")
    expect(app.locator("#title")).to_have_text("Life expectancy in Japan")
    expect(app.locator("#summary")).to_have_text(
        "Life expectancy in Japan, 1952-2007: mean 74.1 years")
    expect(app.locator("#headline")).to_have_text("Latest figure for Japan (2007): 82.2 years")
    expect_figure(app, title="Japan (Asia)", xtitle="Year", ytitle="Life expectancy", scatter=1)

    choice(app, "measure", "GDP per capita").check()
    app.settle()
    expect(app.locator("#title")).to_have_text("GDP per capita in Japan")
    expect(app.locator("#summary")).to_have_text(
        "GDP per capita in Japan, 1952-2007: mean 12,808 US$")
    expect(app.locator("#headline")).to_have_text("Latest figure for Japan (2007): 31,282 US$")
    expect_figure(app, title="Japan (Asia)", xtitle="Year", ytitle="GDP per capita", scatter=1)

    # The continent average is a second trace, and both get a legend entry.
    choice(app, "options", "Show continent average").check()
    app.settle()
    expect_figure(app, title="Japan (Asia)", xtitle="Year", ytitle="GDP per capita",
                  scatter=2, legend=["Japan", "Asia average"])
    expect(app.locator("#summary")).to_have_text(
        "GDP per capita in Japan, 1952-2007: mean 12,808 US$")

    choice(app, "measure", "Population").check()
    app.settle()
    expect(app.locator("#title")).to_have_text("Population in Japan")
    expect(app.locator("#summary")).to_have_text(
        "Population in Japan, 1952-2007: mean 107.0 million people")
    expect(app.locator("#headline")).to_have_text(
        "Latest figure for Japan (2007): 131.0 million people")
    expect_figure(app, title="Japan (Asia)", xtitle="Year", ytitle="Population",
                  scatter=2, legend=["Japan", "Asia average"])

    choice(app, "options", "Show continent average").uncheck()
    app.settle()
    expect(traces(app, "scatter")).to_have_count(1)
    expect(app.locator("#graph .legendtext")).to_have_count(0)

    # update_title does not listen to the checklist; the headline runs after every update_graph
    # (the Store is written each time, even with the same data).
    assert app.ran() == {"update_title": 4, "update_graph": 6, "headline": 6}


# ------------------------------------------------------------------ pandas_sales
# choose_view (plain: ctx.triggered_id of two buttons) feeds a Store that update_graph (pandas:
# filter, groupby, px.line / px.bar) reads; best_month (pandas) has prevent_initial_call=True.


def test_sales_initial_page(app_page):
    app = app_page("pandas_sales", share=True)
    wait_plotted(app)
    expect(app.locator("#view-label")).to_have_text("Showing: Monthly trend (0 clicks so far)")
    expect(app.locator("#summary")).to_have_text(
        "Gadgets in 4 regions: 6,153 units, $153,825.00 revenue")
    expect(app.locator("#best-month")).to_have_text("")
    # The checklist's options and value both come from the frame.
    for region in ("East", "North", "South", "West"):
        expect(choice(app, "regions", region)).to_be_checked()
    expect(app.locator("#regions label")).to_have_text(["East", "North", "South", "West"])
    expect_figure(app, title="Gadgets: monthly revenue", xtitle="Month", ytitle="Revenue ($)",
                  scatter=4, legend=["North", "South", "East", "West"])
    assert app.ran() == {"choose_view": 1, "update_graph": 1}


def test_sales_buttons_product_and_regions(app_page):
    app = app_page("pandas_sales", share=True)
    wait_plotted(app)

    click(app, "#btn-region")
    expect(app.locator("#view-label")).to_have_text("Showing: Totals by region (1 clicks so far)")
    expect_figure(app, title="Gadgets: revenue by region", xtitle="Region", ytitle="Revenue ($)",
                  bar=4, legend=["East", "North", "South", "West"])
    expect(app.locator("#summary")).to_have_text(
        "Gadgets in 4 regions: 6,153 units, $153,825.00 revenue")
    expect(app.locator("#best-month")).to_have_text("")

    pick(app, "product", "Widgets")
    expect(app.locator("#summary")).to_have_text(
        "Widgets in 4 regions: 13,389 units, $167,362.50 revenue")
    expect(app.locator("#best-month")).to_have_text("Best month for Widgets: 2023-05 ($15,725.00)")
    expect(app.locator("#graph .gtitle")).to_have_text("Widgets: revenue by region")

    choice(app, "regions", "North").uncheck()
    app.settle()
    expect(app.locator("#summary")).to_have_text(
        "Widgets in 3 regions: 10,738 units, $134,225.00 revenue")
    expect(app.locator("#best-month")).to_have_text("Best month for Widgets: 2023-04 ($12,787.50)")
    expect_figure(app, title="Widgets: revenue by region", xtitle="Region", ytitle="Revenue ($)",
                  bar=3, legend=["East", "South", "West"])

    click(app, "#btn-monthly")
    expect(app.locator("#view-label")).to_have_text("Showing: Monthly trend (2 clicks so far)")
    expect_figure(app, title="Widgets: monthly revenue", xtitle="Month", ytitle="Revenue ($)",
                  scatter=3, legend=["South", "East", "West"])

    # The same button again: the view stays, the Store is written again, the chart recomputed.
    click(app, "#btn-monthly")
    expect(app.locator("#view-label")).to_have_text("Showing: Monthly trend (3 clicks so far)")
    expect(traces(app, "scatter")).to_have_count(3)

    assert app.ran() == {"choose_view": 4, "update_graph": 6, "best_month": 2}


def test_sales_no_region_selected(app_page):
    app = app_page("pandas_sales")
    wait_plotted(app)
    for region in ("East", "North", "South"):
        choice(app, "regions", region).uncheck()
        app.settle()
    expect(app.locator("#summary")).to_have_text("Gadgets in West: 1,652 units, $41,300.00 revenue")
    expect(app.locator("#best-month")).to_have_text("Best month for Gadgets: 2023-06 ($4,300.00)")
    expect(traces(app, "scatter")).to_have_count(1)

    choice(app, "regions", "West").uncheck()
    app.settle()
    expect(app.locator("#summary")).to_have_text("Gadgets: no region selected")
    expect(app.locator("#best-month")).to_have_text("Best month: none")
    expect(app.locator("#graph .gtitle")).to_have_text("No region selected")
    expect(app.locator("#graph .legendtext")).to_have_count(0)

    choice(app, "regions", "South").check()
    app.settle()
    expect(app.locator("#summary")).to_have_text(
        "Gadgets in South: 1,789 units, $44,725.00 revenue")
    expect_figure(app, title="Gadgets: monthly revenue", xtitle="Month", ytitle="Revenue ($)",
                  scatter=1, legend=["South"])
    assert app.ran() == {"choose_view": 1, "update_graph": 6, "best_month": 5}


# ------------------------------------------------------------------ pandas_weather
# update_graph (pandas, wide-form px.line) and count_rainy_days (pandas, State + button,
# prevent_initial_call=True); unit_hint and save_note (State + button) are plain Python.


def test_weather_initial_page(app_page):
    app = app_page("pandas_weather", share=True)
    wait_plotted(app)
    expect(app.locator("#unit-hint")).to_have_text("Temperatures are shown in Celsius (°C).")
    expect(app.locator("#summary")).to_have_text(
        "Oslo: mean high 4.7 °C, mean low -2.7 °C, warmest day 2024-03-19, total rain 93.5 mm")
    expect(app.locator("#rainy")).to_have_text("Press the button to count rainy days.")
    expect(app.locator("#saved-note")).to_have_text("No note saved yet.")
    expect_figure(app, title="Daily temperatures in Oslo", xtitle="Date", ytitle="Temperature (°C)",
                  scatter=2, legend=["High", "Low"])
    assert app.ran() == {"unit_hint": 1, "update_graph": 1, "save_note": 1}


def test_weather_rainy_days_use_state(app_page):
    app = app_page("pandas_weather", share=True)
    wait_plotted(app)

    click(app, "#count")
    expect(app.locator("#rainy")).to_have_text("Oslo had 11 days with at least 5 mm of rain.")

    # Changing a State runs nothing; the next click reads it.
    app.fill("#threshold", "2.5")
    app.settle()
    expect(app.locator("#rainy")).to_have_text("Oslo had 11 days with at least 5 mm of rain.")
    click(app, "#count")
    expect(app.locator("#rainy")).to_have_text("Oslo had 15 days with at least 2.5 mm of rain.")

    # The city is an Input of the chart and only a State of the count.
    pick(app, "city", "Madrid")
    expect(app.locator("#summary")).to_have_text(
        "Madrid: mean high 17.1 °C, mean low 5.6 °C, warmest day 2024-03-27, total rain 75.3 mm")
    expect(app.locator("#graph .gtitle")).to_have_text("Daily temperatures in Madrid")
    expect(app.locator("#rainy")).to_have_text("Oslo had 15 days with at least 2.5 mm of rain.")
    click(app, "#count")
    expect(app.locator("#rainy")).to_have_text("Madrid had 8 days with at least 2.5 mm of rain.")

    app.fill("#threshold", "")
    app.settle()
    click(app, "#count")
    expect(app.locator("#rainy")).to_have_text("Enter a threshold first.")

    assert app.ran() == {"unit_hint": 1, "update_graph": 2, "save_note": 1, "count_rainy_days": 4}


def test_weather_units_and_note(app_page):
    app = app_page("pandas_weather")
    wait_plotted(app)

    choice(app, "unit", "Fahrenheit").check()
    app.settle()
    expect(app.locator("#unit-hint")).to_have_text("Temperatures are shown in Fahrenheit (°F).")
    expect(app.locator("#summary")).to_have_text(
        "Oslo: mean high 40.4 °F, mean low 27.2 °F, warmest day 2024-03-19, total rain 93.5 mm")
    expect_figure(app, title="Daily temperatures in Oslo", xtitle="Date", ytitle="Temperature (°F)",
                  scatter=2, legend=["High", "Low"])

    pick(app, "city", "Madrid")
    expect(app.locator("#summary")).to_have_text(
        "Madrid: mean high 62.8 °F, mean low 42.1 °F, warmest day 2024-03-27, total rain 75.3 mm")
    expect(app.locator("#unit-hint")).to_have_text("Temperatures are shown in Fahrenheit (°F).")

    # Typing the note runs nothing; saving echoes it.
    app.fill("#note", "Windy week")
    app.settle()
    expect(app.locator("#saved-note")).to_have_text("No note saved yet.")
    click(app, "#save")
    expect(app.locator("#saved-note")).to_have_text("Note #1: Windy week")
    app.fill("#note", "")
    app.settle()
    click(app, "#save")
    expect(app.locator("#saved-note")).to_have_text("Note #2: (empty)")

    assert app.ran() == {"unit_hint": 2, "update_graph": 3, "save_note": 3}

"""dcc.Graph: plotly.js draws the figure; clicks, hovers, selections and zooms come back as
props with Dash 4.4.1's shapes; a Patch extends a figure in place; plotly.js is downloaded only
by pages that have a Graph.

Points are clicked where plotly draws them: the page asks plotly's own axes for the pixel.
"""

import json

import pytest
from playwright.sync_api import expect

PLOT = "#{} .js-plotly-plot"

# The page position of data point (x, y) of a drawn Graph.
POINT_AT = """
([selector, x, y]) => {
  const gd = document.querySelector(selector);
  const layout = gd._fullLayout;
  const box = gd.getBoundingClientRect();
  return [box.left + layout._size.l + layout.xaxis.d2p(x), box.top + layout._size.t + layout.yaxis.d2p(y)];
}
"""


def wait_plotted(app, graph_id):
    app.wait_for_selector(f"#{graph_id} .main-svg")
    app.settle()


def point_at(app, graph_id, x, y):
    return app.evaluate(POINT_AT, [PLOT.format(graph_id), x, y])


def height(app, graph_id):
    return app.evaluate(f"document.getElementById('{graph_id}').getBoundingClientRect().height")


def test_figure_switches_and_clicks_come_back(app_page):
    app = app_page("graph_basic")
    wait_plotted(app, "graph")
    # Dash's first resize of the plot reports itself as a relayout.
    expect(app.locator("#relayout")).to_have_text('Relayout: {"autosize": true}')
    expect(app.locator("#clicked")).to_have_text("Click a point")
    assert (height(app, "graph"), height(app, "scatter")) == (450, 320)  # plotly's default, layout.height

    app.mouse.click(*point_at(app, "graph", 3, 13))
    app.settle()
    expect(app.locator("#clicked")).to_have_text("Clicked curve 0 point 2: x=3 y=13 customdata=wed")
    expect(app.locator("#click-keys")).to_have_text(
        "['points', 'timestamp'] "
        "['bbox', 'curveNumber', 'customdata', 'pointIndex', 'pointNumber', 'x', 'xPixel', 'y', 'yPixel']")

    # The same point again is a new click (clickData carries a timestamp).
    before = app.calls()["clicked"]
    app.mouse.click(*point_at(app, "graph", 3, 13))
    app.settle()
    assert app.calls()["clicked"] == before + 1

    app.click("#kind")
    app.get_by_role("option", name="bars", exact=True).click()
    app.settle()
    app.wait_for_function(f"document.querySelector('{PLOT.format('graph')}').data[0].type === 'bar'")
    expect(app.locator("#graph .gtitle")).to_have_text("Fruit")
    app.mouse.click(*point_at(app, "graph", "pears", 0.5))
    app.settle()
    expect(app.locator("#clicked")).to_have_text("Clicked curve 0 point 1: x=pears y=1 customdata=None")
    assert app.calls()["figure"] == 1


def test_zoom_is_relayout_data(app_page):
    app = app_page("graph_basic")
    wait_plotted(app, "graph")
    x0, y0 = point_at(app, "graph", 2, 16)
    x1, y1 = point_at(app, "graph", 4, 11)
    app.mouse.move(x0, y0)
    app.mouse.down()
    app.mouse.move(x1, y1, steps=8)
    app.mouse.up()
    app.settle()
    expect(app.locator("#relayout")).to_contain_text("xaxis.range[0]")
    relayout = json.loads(app.locator("#relayout").inner_text().removeprefix("Relayout: "))
    assert sorted(relayout) == ["xaxis.range[0]", "xaxis.range[1]", "yaxis.range[0]", "yaxis.range[1]"]
    assert round(relayout["xaxis.range[0]"]) == 2 and round(relayout["yaxis.range[1]"]) == 16
    # The zoomed range stays on the plot (Dash 4.4.1 also keeps it in figure.layout).
    low, high = app.evaluate(f"document.querySelector('{PLOT.format('graph')}').layout.xaxis.range")
    assert 1.9 < low < 2.1 and 3.9 < high < 4.1


def test_hover_clears_on_unhover_and_box_select(app_page):
    app = app_page("graph_basic")
    wait_plotted(app, "scatter")
    hovered, selected = app.locator("#hovered"), app.locator("#selected")
    expect(hovered).to_have_text("Hover: none")
    app.locator("#selected").scroll_into_view_if_needed()

    app.mouse.move(*point_at(app, "scatter", 2, 3))
    app.settle()
    expect(hovered).to_have_text("Hover: x=2 y=3")
    app.mouse.move(5, 5)  # off the plot: clear_on_unhover=True gives None
    app.settle()
    expect(hovered).to_have_text("Hover: none")

    # dragmode "select": a drag around the first two points selects them (it starts inside
    # the plot area, which autorange makes about [0.8, 4.2] on both axes).
    x0, y0 = point_at(app, "scatter", 2.5, 2.5)
    x1, y1 = point_at(app, "scatter", 0.85, 4.15)
    app.mouse.move(x0, y0)
    app.mouse.down()
    app.mouse.move(x1, y1, steps=8)
    app.mouse.up()
    app.settle()
    expect(selected).to_have_text("Selected: [(1, 4), (2, 3)] range=True")
    # A double click on the plot's empty area deselects: selectedData goes back to None (a
    # single click there leaves it as it is).
    # plotly counts a double click by the time between the clicks as it handles them; on a busy
    # machine that can pass its 300 ms and make two single clicks, which change nothing: then
    # double-click again.
    for _ in range(3):
        app.mouse.dblclick(*point_at(app, "scatter", 3.5, 3.5))
        app.settle()
        if selected.text_content() == "Selected: none":
            break
    expect(selected).to_have_text("Selected: none")


def test_patch_extends_the_plot_without_redrawing_it(app_page):
    app = app_page("graph_interval")
    wait_plotted(app, "live")
    # plotly's own SVG root stays the same element: Plotly.react updates, never rebuilds.
    app.evaluate("document.querySelector('#live .main-svg').dataset.first = 'yes'")
    app.click("#start")
    expect(app.locator("#ticks")).to_have_text("Ticks: 12", timeout=20_000)
    app.settle()
    live, window = PLOT.format("live"), PLOT.format("window")
    app.wait_for_function(f"document.querySelector('{live}').data[0].x.length === 13")
    assert app.evaluate(f"document.querySelector('{live}').data[0].x") == list(range(13))
    assert app.locator("#live .main-svg[data-first=yes]").count() == 1
    # extendData with maxPoints 5 keeps the last five points.
    app.wait_for_function(f"document.querySelector('{window}').data[0].x.length === 5"
                          f" && document.querySelector('{window}').data[0].x[4] === 12")
    assert app.evaluate(f"document.querySelector('{window}').data[0].x") == [8, 9, 10, 11, 12]
    app.wait_for_timeout(500)  # max_intervals reached: nothing more comes
    app.settle()
    assert app.calls()["grow"] == 12


# ---- pyclient's own machinery: plotly.js is shipped and loaded only where a Graph is


def open_recording(profile_page, url):
    page = profile_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    page.evaluate("window.pyclient.ready")
    page.evaluate("window.pyclient.idle()")
    return page, requests


@pytest.mark.pyclient_only
def test_plotly_is_loaded_once_and_only_by_pages_with_a_graph(profile_page, built_site, static_server):
    plain = built_site("dcc_interval")
    assert not (plain / "_pyclient" / "plotly.min.js").exists()
    page, requests = open_recording(profile_page, f"{static_server}/dcc_interval/")
    page.wait_for_timeout(500)
    page.close()
    assert [url for url in requests if "plotly" in url] == []

    assert (built_site("graph_basic") / "_pyclient" / "plotly.min.js").exists()
    page, requests = open_recording(profile_page, f"{static_server}/graph_basic/")
    page.wait_for_selector("#scatter .main-svg")
    page.close()
    # Two Graphs, one download, from the site itself; plotly fetches nothing from elsewhere.
    assert [url for url in requests if "plotly" in url] == [f"{static_server}/graph_basic/_pyclient/plotly.min.js"]
    assert [url for url in requests if not url.startswith((static_server, "data:"))] == []


@pytest.mark.pyclient_only
def test_graph_draws_when_plotly_arrives(profile_page, built_site, static_server):
    built_site("graph_basic")
    page = profile_page()
    try:
        held = []
        page.route("**/_pyclient/plotly.min.js", lambda route: held.append(route))
        page.goto(f"{static_server}/graph_basic/", wait_until="domcontentloaded")
        page.evaluate("window.pyclient.ready")
        sizes = "['graph', 'scatter'].map((id) => document.getElementById(id).getBoundingClientRect().height)"
        # Dash's Graph draws nothing until plotly.js is there (as under Dash)
        page.wait_for_function("() => window.pyclient && document.documentElement.dataset.pyclient === 'ready'")
        assert page.locator(".main-svg").count() == 0
        held[0].continue_()
        page.wait_for_selector("#scatter .main-svg")
        assert page.evaluate(sizes) == [450, 320]
    finally:
        page.close()


@pytest.mark.pyclient_only
def test_graph_says_when_plotly_is_missing(profile_page, built_site, static_server):
    built_site("graph_basic")
    page = profile_page()
    try:
        page.route("**/_pyclient/plotly.min.js", lambda route: route.fulfill(status=404, body="not found"))
        page.goto(f"{static_server}/graph_basic/")
        page.evaluate("window.pyclient.ready")
        expect(page.locator("#graph[role=alert]")).to_contain_text(
            "dash_core_components.Graph could not be displayed: the file "
            f"{static_server}/graph_basic/_pyclient/plotly.min.js could not be loaded")
        # The rest of the app keeps working.
        expect(page.locator("#clicked")).to_have_text("Click a point")
    finally:
        page.close()

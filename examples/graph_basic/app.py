"""dcc.Graph: figures given as dicts, switched by a Dropdown through a callback; clicking,
hovering, selecting and zooming come back as clickData, hoverData, selectedData, relayoutData."""
import json

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

FIGURES = {
    "lines": {
        "data": [{
            "type": "scatter", "mode": "lines+markers", "name": "rain",
            "x": [1, 2, 3, 4, 5], "y": [10, 15, 13, 17, 12],
            "customdata": ["mon", "tue", "wed", "thu", "fri"],
        }],
        "layout": {"title": {"text": "Rain"}},
    },
    "bars": {
        "data": [{"type": "bar", "name": "fruit", "x": ["apples", "pears", "plums"], "y": [4, 1, 2]}],
        "layout": {"title": {"text": "Fruit"}},
    },
}

SCATTER = {
    "data": [{"type": "scatter", "mode": "markers", "x": [1, 2, 3, 4], "y": [4, 3, 2, 1],
              "marker": {"size": 14}}],
    "layout": {"dragmode": "select", "height": 320, "title": {"text": "Select"}},
}

app.layout = html.Div([
    dcc.Dropdown(["lines", "bars"], "lines", id="kind", clearable=False),
    dcc.Graph(id="graph", figure=FIGURES["lines"]),
    html.Div(id="clicked"),
    html.Div(id="click-keys"),
    html.Div(id="relayout"),
    dcc.Graph(id="scatter", figure=SCATTER, clear_on_unhover=True, config={"displayModeBar": False}),
    html.Div(id="hovered"),
    html.Div(id="selected"),
])


@callback(Output("graph", "figure"), Input("kind", "value"), prevent_initial_call=True)
def figure(kind):
    return FIGURES[kind]


@callback(Output("clicked", "children"), Output("click-keys", "children"), Input("graph", "clickData"))
def clicked(click):
    if click is None:
        return "Click a point", ""
    point = click["points"][0]
    text = (f"Clicked curve {point['curveNumber']} point {point['pointNumber']}: "
            f"x={point['x']} y={point['y']} customdata={point.get('customdata')}")
    return text, f"{sorted(click)} {sorted(point)}"


@callback(Output("relayout", "children"), Input("graph", "relayoutData"))
def relayout(data):
    return f"Relayout: {json.dumps(data, sort_keys=True)}"


@callback(Output("hovered", "children"), Input("scatter", "hoverData"))
def hovered(hover):
    if hover is None:
        return "Hover: none"
    point = hover["points"][0]
    return f"Hover: x={point['x']} y={point['y']}"


@callback(Output("selected", "children"), Input("scatter", "selectedData"))
def selected(data):
    if data is None:
        return "Selected: none"
    points = [(p["x"], p["y"]) for p in data["points"]]
    return f"Selected: {points} range={'range' in data}"


if __name__ == "__main__":
    app.run(debug=True)

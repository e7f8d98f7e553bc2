"""dcc.Graph updated by dcc.Interval: a Patch appends one point per tick, up to max_intervals;
a second Graph grows through extendData, keeping at most 5 points. "Start" starts the ticks, so
every tick reaches the callbacks (ticks made while Python loads are merged into one change)."""
from dash import Dash, Input, Output, Patch, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    html.Button("Start", id="start"),
    dcc.Interval(id="tick", interval=200, n_intervals=0, max_intervals=12, disabled=True),
    html.Div(id="ticks"),
    dcc.Graph(id="live", figure={
        "data": [{"type": "scatter", "mode": "lines+markers", "x": [0], "y": [0]}],
        "layout": {"title": {"text": "Patched"}, "height": 300},
    }),
    dcc.Graph(id="window", figure={
        "data": [{"type": "scatter", "mode": "lines", "x": [0], "y": [0]}],
        "layout": {"title": {"text": "Extended, last 5"}, "height": 300},
    }),
])


@callback(Output("tick", "disabled"), Input("start", "n_clicks"), prevent_initial_call=True)
def start(n_clicks):
    return False


@callback(Output("ticks", "children"), Input("tick", "n_intervals"))
def ticks(n):
    return f"Ticks: {n}"


@callback(Output("live", "figure"), Input("tick", "n_intervals"), prevent_initial_call=True)
def grow(n):
    patched = Patch()
    patched["data"][0]["x"].append(n)
    patched["data"][0]["y"].append(n * n % 7)
    return patched


@callback(Output("window", "extendData"), Input("tick", "n_intervals"), prevent_initial_call=True)
def slide(n):
    return [{"x": [[n]], "y": [[n % 3]]}, [0], 5]


if __name__ == "__main__":
    app.run(debug=True)

"""dcc.Interval: n_intervals up to max_intervals, reset by a callback; disabled stops it."""
from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Interval(id="ticker", interval=200, n_intervals=0, max_intervals=3),
    html.Div(id="ticks"),
    html.Button("Restart", id="restart"),
    dcc.Interval(id="clock", interval=100, disabled=True),
    html.Button("Start / stop", id="toggle"),
    html.Div(id="clock-out"),
])


@callback(Output("ticks", "children"), Input("ticker", "n_intervals"))
def ticks(n_intervals):
    return f"Ticks: {n_intervals}"


@callback(Output("ticker", "n_intervals"), Input("restart", "n_clicks"), prevent_initial_call=True)
def restart(n_clicks):
    return 0


@callback(
    Output("clock", "disabled"),
    Input("toggle", "n_clicks"),
    State("clock", "disabled"),
    prevent_initial_call=True,
)
def toggle(n_clicks, disabled):
    return not disabled


@callback(Output("clock-out", "children"), Input("clock", "n_intervals"))
def clock(n_intervals):
    return f"Clock: {n_intervals}"


if __name__ == "__main__":
    app.run(debug=True)

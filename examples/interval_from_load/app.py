# An Interval that ticks from page load, appending every tick with Patch: ticks made while
# Python is still loading are replayed one by one, so no tick is lost.
from dash import Dash, Input, Output, Patch, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Interval(id="tick", interval=150, max_intervals=12),
    html.Div(id="seen", children=[]),
])


@callback(Output("seen", "children"), Input("tick", "n_intervals"), prevent_initial_call=True)
def add_tick(n):
    seen = Patch()
    seen.append(f"{n},")
    return seen

"""dcc.Loading: a spinner over its children while a callback computes one of them."""
import time

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    html.Button("Compute", id="compute"),
    dcc.Loading(id="loading", type="circle", children=html.Div(id="result")),
    html.Div(id="outside"),
])


@callback(Output("result", "children"), Input("compute", "n_clicks"))
def compute(n_clicks):
    time.sleep(1)
    return f"Computed {n_clicks or 0} times"


@callback(Output("outside", "children"), Input("compute", "n_clicks"))
def outside(n_clicks):
    return f"Clicked {n_clicks or 0} times"


if __name__ == "__main__":
    app.run(debug=True)

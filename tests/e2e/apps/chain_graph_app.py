"""Two chains for the callback graph's test: btn-a runs first then second; btn-b runs other."""

from dash import Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("a", id="btn-a"),
    html.Button("b", id="btn-b"),
    html.Div(id="first-out"),
    html.Div(id="second-out"),
    html.Div(id="other-out"),
])


@callback(Output("first-out", "children"), Input("btn-a", "n_clicks"), prevent_initial_call=True)
def first(n):
    return f"first {n}"


@callback(Output("second-out", "children"), Input("first-out", "children"),
          prevent_initial_call=True)
def second(text):
    return f"second after {text}"


@callback(Output("other-out", "children"), Input("btn-b", "n_clicks"), prevent_initial_call=True)
def other(n):
    return f"other {n}"

"""dcc.Button: counts n_clicks and n_blur; inside a form it never submits it."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Button("Save", id="save"),
    dcc.Button("Disabled", id="off", disabled=True),
    html.Div(id="save-out"),
    html.Div(id="blur-out"),
    html.Form([dcc.Button("Inside a form", id="in-form")]),
    html.Div(id="form-out"),
])


@callback(Output("save-out", "children"), Input("save", "n_clicks"))
def saved(n_clicks):
    return f"Saved {n_clicks} times" if n_clicks else "Not saved yet"


@callback(Output("blur-out", "children"), Input("save", "n_blur"))
def left(n_blur):
    return f"Left the button {n_blur or 0} times"


@callback(Output("form-out", "children"), Input("in-form", "n_clicks"), prevent_initial_call=True)
def in_form(n_clicks):
    return f"Form button clicked {n_clicks} times"


if __name__ == "__main__":
    app.run(debug=True)

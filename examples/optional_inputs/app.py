# Seed 002 "Making Callback States and Inputs Optional". The capture damaged this example (the
# first callback's body was cut off and html.Button(...) lost its closing parenthesis); rebuilt
# from the surrounding text: Button 1 adds Button 2 once, and the second callback, which takes
# Button 2 as an optional Input, gets None for it until it exists.
from dash import Dash, html, Output, Input, State, no_update

app = Dash(suppress_callback_exceptions=True)

app.layout = html.Div([
    html.Div([
        html.Button(id="optional-inputs-button-1", children="Button 1", className="button"),
        html.Div(id="optional-inputs-container"),
        html.Div(id="optional-inputs-output", className="output")
    ], className="container")
])


@app.callback(
    Output("optional-inputs-container", "children"),
    Input("optional-inputs-button-1", "n_clicks"),
    State("optional-inputs-container", "children"),
    prevent_initial_call=True
)
def add_second_button(_, current_children):
    if not current_children:
        return html.Button(id="optional-inputs-button-2", children="Button 2", className="button")
    return no_update


@app.callback(
    Output("optional-inputs-output", "children"),
    Input("optional-inputs-button-1", "n_clicks"),
    Input("optional-inputs-button-2", "n_clicks", allow_optional=True),
    prevent_initial_call=True
)
def display_clicks(n_clicks1, n_clicks2):
    return f"Button 1 clicks: {n_clicks1} - Button 2 clicks: {n_clicks2}"


if __name__ == '__main__':
    app.run(debug=True)

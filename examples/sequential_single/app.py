# Seed 003 "Solution 2: rewriting callbacks": one callback for every input, filtering what was
# really triggered with ctx.triggered_prop_ids. (The article's first, shorter version of this
# callback takes two arguments for three dependencies and cannot run; this is its second,
# complete version.) slow_processing sleeps 1 s instead of the article's 4 s.
import json
import time

from dash import Dash, html, dcc, Input, Output, State, callback, ctx
from dash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div([
    dcc.Input(id="first_name", placeholder="First name"),
    dcc.Input(id="last_name", placeholder="Last name"),
    html.Button("Load data", id="load_data"),
    html.Button("Get info", id="info_button"),
    dcc.Store(id="user_data", data={}),
    html.Pre(id="user_data_view"),
])


def slow_processing(user_data):
    # Simulate some long processing, e.g. requesting a database
    time.sleep(1)
    return "Some information"


@callback(
    Output("user_data", "data"),
    Input("first_name", "value"),
    Input("last_name", "value"),
    Input("info_button", "n_clicks"),
    # .. other possible inputs
    State("user_data", "data"),
)
def update_user_data(first_name, last_name, n_clicks, user_data):

    # Identify which inputs were triggered
    first_name_triggered = "first_name" in ctx.triggered_prop_ids.values()
    last_name_triggered = "last_name" in ctx.triggered_prop_ids.values()
    button_triggered = "info_button" in ctx.triggered_prop_ids.values()

    # Update user_data accordingly
    if first_name_triggered and first_name: 
        user_data["first_name"] = first_name
    if last_name_triggered and last_name:
        user_data["last_name"] = last_name

    if button_triggered and n_clicks:
        # An information that takes time to retrieve
        # You want to compute it only if button was *really* triggered
        info = slow_processing(user_data)  
        user_data["info"] = info

    # .. other possible inputs being hanled

    return user_data


# A callback to simulate the desynchro problem.
# As it triggers the first name and last name input as the same time
@app.callback(
    Output("first_name", "value"),
    Output("last_name", "value"),
    Input("load_data", "n_clicks"),
)
def load_data(n_clicks):
    if n_clicks:
        return "Mickael", "Jackson"
    raise PreventUpdate


@callback(Output("user_data_view", "children"), Input("user_data", "data"))
def show_user_data(user_data):
    return json.dumps(user_data, sort_keys=True)


if __name__ == "__main__":
    app.run(debug=True)

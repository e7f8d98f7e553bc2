# Seed 003 "Solution 1: chaining callbacks": update_first_name also writes an intermediary
# Store that update_last_name takes as an Input, so update_last_name waits for it and reads the
# updated user_data.
import json
import time

from dash import Dash, html, dcc, Input, Output, State, callback
from dash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div([
    dcc.Input(id="first_name", placeholder="First name"),
    dcc.Input(id="last_name", placeholder="Last name"),
    html.Button("Load data", id="load_data"),
    dcc.Store(id="user_data", data={}),
    dcc.Store(id="intermediary_timestamp"),
    html.Pre(id="user_data_view"),
])


@callback(
    Output("user_data", "data", allow_duplicate=True),
    Output("intermediary_timestamp", "data"),
    Input("first_name", "value"),
    State("user_data", "data"),
    prevent_initial_call=True,
)
def update_first_name(first_name, user_data):

    # Just update user_data with the first name
    if first_name: 
        user_data["first_name"] = first_name
        return user_data, time.time()

    raise PreventUpdate

@callback(
    Output("user_data", "data", allow_duplicate=True),
    Input("last_name", "value"),
    Input("intermediary_timestamp", "data"),
    State("user_data", "data"),
    prevent_initial_call=True,
)
def update_last_name(last_name, timestamp, user_data):

    # Just update user_data with the last name
    if last_name: 
        user_data["last_name"] = last_name
        return user_data

    raise PreventUpdate


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

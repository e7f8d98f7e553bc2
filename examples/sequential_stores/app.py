# Seed 003 "Solution 3: using intermediary stores": one Store per value, merged by one callback
# that runs after all of them. slow_processing sleeps 1 s instead of the article's 4 s.
import json
import time

from dash import Dash, html, dcc, Input, Output, State, callback
from dash.exceptions import PreventUpdate

app = Dash(__name__)


def slow_processing(user_data):
    # Simulate some long processing, e.g. requesting a database
    time.sleep(1)
    return "Some information"


app.layout = [
    dcc.Input(id="first_name", placeholder="First name"),
    dcc.Input(id="last_name", placeholder="Last name"),
    dcc.Input(id="age", type="number", placeholder="Age"),
    html.Button("Get info", id="info_button"),
    html.Button("Load data", id="load_data"),
    dcc.Store(id="user_data", data={}),
    html.Pre(id="user_data_view"),
    dcc.Store(id="user_first_name"),
    dcc.Store(id="user_last_name"),
    dcc.Store(id="user_age"),
    dcc.Store(id="user_info"),
    # ... other values
]

@callback(
    Output("user_first_name", "data"),
    Input("first_name", "value")
)
def update_first_name(first_name):
    if first_name: 
        return first_name
    raise PreventUpdate

@callback(
    Output("user_last_name", "data"),
    Input("last_name", "value")
)
def update_last_name(last_name):
    if last_name: 
        return last_name
    raise PreventUpdate

@callback(
    Output("user_age", "data"),
    Input("age", "value")
)
def update_age(age):
    if age: 
        return age
    raise PreventUpdate

@callback(
    Output("user_info", "data"),
    Input("info_button", "n_clicks"),
    State("user_data", "data")
)
def update_info(n_clicks, user_data):
    if n_clicks:
        info = slow_processing(user_data) 
        return info
    raise PreventUpdate

# ... other callbacks 

# then we update the user_data:
@callback(
    Output("user_data", "data"),
    Input("user_first_name", "data"),
    Input("user_last_name", "data"),
    Input("user_age", "data"),
    Input("user_info", "data"),
    prevent_initial_call=True,
)
def update_user_data(first_name, last_name, age, info):
    return {
        "first_name": first_name,
        "last_name": last_name,
        "age": age,
        "info": info,
        # ... other properties and values?
    }


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

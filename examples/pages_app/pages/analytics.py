import dash
from dash import Input, Output, callback, dcc, html

dash.register_page(__name__)

layout = html.Div([
    html.H2("This is our Analytics page", id="page-title"),
    dcc.RadioItems(options=["New York City", "Montreal", "San Francisco"], value="Montreal",
                   id="analytics-input"),
    html.Div(id="analytics-output"),
])


@callback(Output("analytics-output", "children"), Input("analytics-input", "value"))
def update_city_selected(input_value):
    return f"You selected: {input_value}"

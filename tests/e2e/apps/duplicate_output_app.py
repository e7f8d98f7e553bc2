# Two callbacks writing the same output without allow_duplicate=True: the build must refuse it.
from dash import Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button('First', id='first-button'),
    html.Button('Second', id='second-button'),
    html.Div(id='shared-output'),
])


@callback(Output('shared-output', 'children'), Input('first-button', 'n_clicks'))
def from_first_button(n_clicks):
    return f'first: {n_clicks}'


@callback(Output('shared-output', 'children'), Input('second-button', 'n_clicks'))
def from_second_button(n_clicks):
    return f'second: {n_clicks}'

# Two callbacks that feed each other: a cycle across callbacks, which the build must refuse.
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id='left-input', value='x'), dcc.Input(id='right-input', value='y')])


@callback(Output('right-input', 'value'), Input('left-input', 'value'))
def copy_left_to_right(value):
    return value


@callback(Output('left-input', 'value'), Input('right-input', 'value'))
def copy_right_to_left(value):
    return value

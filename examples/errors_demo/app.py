# Three callbacks that fail in three different ways next to one that works: each failure must
# show in the dev overlay (naming the callback, the component id and the property) while the
# working callback keeps answering and the typed text stays in its input.
from dash import Dash, dcc, html, Input, Output, callback

app = Dash(__name__)

app.layout = html.Div([
    html.Button('Raise ValueError', id='raise-button'),
    html.Div(id='raise-target'),
    html.Button('Return one value for two outputs', id='count-button'),
    html.Div(id='count-target-a'),
    html.Div(id='count-target-b'),
    html.Button('Return a set', id='set-button'),
    html.Div(id='set-target'),
    dcc.Input(id='echo-input', type='text', value=''),
    html.Div(id='echo-output'),
])


@callback(Output('raise-target', 'children'), Input('raise-button', 'n_clicks'),
          prevent_initial_call=True)
def raise_value_error(n_clicks):
    raise ValueError(f'raise_value_error was clicked {n_clicks} time(s)')


@callback(Output('count-target-a', 'children'), Output('count-target-b', 'children'),
          Input('count-button', 'n_clicks'), prevent_initial_call=True)
def return_wrong_count(n_clicks):
    return ['only one value']


@callback(Output('set-target', 'children'), Input('set-button', 'n_clicks'),
          prevent_initial_call=True)
def return_a_set(n_clicks):
    return {'a', 'set', 'is', 'not', 'JSON'}


@callback(Output('echo-output', 'children'), Input('echo-input', 'value'))
def echo(value):
    return f'You typed: {value}'


if __name__ == '__main__':
    app.run(debug=True)

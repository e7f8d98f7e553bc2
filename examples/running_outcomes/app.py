# `running=` when the callback returns, raises PreventUpdate or fails: Dash sets the "while
# running" values when the call starts and the "when done" values when it ends, whatever the end.
import time

from dash import Dash, html, Input, Output, callback
from dash.exceptions import PreventUpdate

app = Dash()

app.layout = html.Div([
    html.Button('Return', id='ok-button'),
    html.Button('Prevent update', id='prevent-button'),
    html.Button('Fail', id='fail-button'),
    html.Div('idle', id='status'),
    html.Div('not run', id='ok-output'),
    html.Div('not run', id='prevent-output'),
    html.Div('not run', id='fail-output'),
])


@callback(
    Output('ok-output', 'children'),
    Input('ok-button', 'n_clicks'),
    prevent_initial_call=True,
    running=[
        (Output('ok-button', 'disabled'), True, False),
        (Output('status', 'children'), 'ok running', 'ok done'),
    ],
)
def returns(n_clicks):
    time.sleep(0.5)
    return f'returned after {n_clicks} click(s)'


@callback(
    Output('prevent-output', 'children'),
    Input('prevent-button', 'n_clicks'),
    prevent_initial_call=True,
    running=[
        (Output('prevent-button', 'disabled'), True, False),
        (Output('status', 'children'), 'prevent running', 'prevent done'),
    ],
)
def prevents(n_clicks):
    time.sleep(0.5)
    raise PreventUpdate


@callback(
    Output('fail-output', 'children'),
    Input('fail-button', 'n_clicks'),
    prevent_initial_call=True,
    running=[
        (Output('fail-button', 'disabled'), True, False),
        (Output('status', 'children'), 'fail running', 'fail done'),
    ],
)
def fails(n_clicks):
    time.sleep(0.5)
    raise ValueError(f'failed after {n_clicks} click(s)')


if __name__ == '__main__':
    app.run(debug=True)

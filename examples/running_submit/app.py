# Seed 002 "Updating Component Properties when a Callback is Running". The capture damaged this
# example (the layout's closing bracket came out as "})" and the callback was indented inside the
# layout); rebuilt from the surrounding text: the button is disabled while the callback runs.
from dash import Dash, dcc, html, Input, Output, State, callback
import time

app = Dash()

app.layout = html.Div([
    html.Div(dcc.Input(id='input-on-submit-text', type='text')),
    html.Button('Submit', id='submit-button', n_clicks=0),
    html.Div(id='container-output-text',
             children='Enter a value and press submit')
])


@callback(
    Output('container-output-text', 'children'),
    Input('submit-button', 'n_clicks'),
    State('input-on-submit-text', 'value'),
    prevent_initial_call=True,
    running=[(Output("submit-button", "disabled"), True, False)]
)
def update_output(n_clicks, value):
    time.sleep(1)  # the seed sleeps 5 s; 1 s keeps the test fast and still shows the state
    return 'The input value was "{}" and the button has been clicked {} times'.format(
        value,
        n_clicks
    )


if __name__ == '__main__':
    app.run(debug=True)

# allow_optional=True on an Input and a State whose components are never in the layout: the
# callback runs and gets None for them (no suppress_callback_exceptions needed).
import json

from dash import Dash, html, Input, Output, State, callback, ctx

app = Dash()

app.layout = html.Div([
    html.Button("Go", id="go"),
    html.Pre(id="report"),
])


@callback(
    Output("report", "children"),
    Input("go", "n_clicks"),
    Input("ghost-input", "value", allow_optional=True),
    State("ghost-state", "value", allow_optional=True),
)
def report(n_clicks, ghost_input, ghost_state):
    return json.dumps({
        "args": [n_clicks, ghost_input, ghost_state],
        "triggered": ctx.triggered,
        "inputs": ctx.inputs,
        "states": ctx.states,
    })


if __name__ == '__main__':
    app.run(debug=True)

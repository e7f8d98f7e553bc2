# Clientside callbacks (seed 003 tutorial, "Clientside Callbacks"): JavaScript functions run in
# the browser, written inline (the tutorial's example as written) or in assets/app.js and named
# with ClientsideFunction(namespace, function_name); no_update, PreventUpdate, callback_context
# and set_props from JavaScript; a clientside step between two Python callbacks; and
# assets/style.css, which the page loads by itself.
from dash import Dash, html, dcc, Input, Output, State, callback, ClientsideFunction

app = Dash(__name__)

app.layout = html.Div([
    # The tutorial's inline example
    dcc.Input(id="input-box", type="text", value="hi"),
    html.Div(id="output-div"),
    # Functions from assets/app.js
    html.Button("Count", id="count-button"),
    html.Div("not counted", id="count-output", className="styled-output"),
    html.Div("even clicks: none", id="even-output"),
    html.Button("Guarded", id="guard-button"),
    html.Div("guard not passed", id="guard-output"),
    html.Div("no triggers", id="triggered-output"),
    html.Div("not set", id="set-props-target"),
    # Python -> clientside -> Python
    html.Button("Start chain", id="chain-button"),
    dcc.Store(id="chain-a"),
    dcc.Store(id="chain-b"),
    html.Div("chain not run", id="chain-output"),
])

app.clientside_callback(
    """
    function(value) {
        return 'You typed: ' + value
    }
    """,
    Output('output-div', 'children'),
    Input('input-box', 'value')
)

# count: returns two outputs, the second one only on even clicks (no_update otherwise).
app.clientside_callback(
    ClientsideFunction(namespace="clientside", function_name="count"),
    Output("count-output", "children"),
    Output("even-output", "children"),
    Input("count-button", "n_clicks"),
    prevent_initial_call=True,
)

# guard: throws dash_clientside.PreventUpdate until the button was clicked twice; reports
# callback_context.triggered and set_props a third component.
app.clientside_callback(
    ClientsideFunction(namespace="clientside", function_name="guard"),
    Output("guard-output", "children"),
    Output("triggered-output", "children"),
    Input("guard-button", "n_clicks"),
    State("input-box", "value"),
)


@callback(Output("chain-a", "data"), Input("chain-button", "n_clicks"), prevent_initial_call=True)
def chain_start(n_clicks):
    return {"n": n_clicks, "path": ["python"]}


app.clientside_callback(
    ClientsideFunction(namespace="clientside", function_name="chain_step"),
    Output("chain-b", "data"),
    Input("chain-a", "data"),
    prevent_initial_call=True,
)


@callback(Output("chain-output", "children"), Input("chain-b", "data"), prevent_initial_call=True)
def chain_end(data):
    return f"click {data['n']}: {' -> '.join(data['path'] + ['python'])}, doubled {data['double']}"


if __name__ == "__main__":
    app.run(debug=True)

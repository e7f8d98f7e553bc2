# Which callbacks run on load: app-wide prevent_initial_callbacks=True, the module-level
# @callback next to @app.callback, and prevent_initial_call="initial_duplicate" on an
# allow_duplicate output.
from dash import Dash, Input, Output, callback, html

app = Dash(__name__, prevent_initial_callbacks=True)
app.layout = html.Div([
    html.Button("go", id="go"),
    html.Div("not run", id="global-out"),
    html.Div("not run", id="app-out"),
    html.Div("not run", id="shared"),
])


@callback(Output("global-out", "children"), Input("go", "n_clicks"))
def global_callback(n):
    return f"global ran with {n}"


@app.callback(Output("app-out", "children"), Input("go", "n_clicks"))
def app_callback(n):
    return f"app ran with {n}"


@callback(Output("shared", "children"), Input("go", "n_clicks"), prevent_initial_call=False)
def shared_first(n):
    return f"first {n}"


@callback(Output("shared", "children", allow_duplicate=True), Input("go", "n_clicks"),
          prevent_initial_call="initial_duplicate")
def shared_second(n):
    return f"second {n}"


if __name__ == "__main__":
    app.run(debug=True)

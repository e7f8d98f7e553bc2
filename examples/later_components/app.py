# Callbacks that name components another callback creates later, without
# suppress_callback_exceptions: Dash (debug off) runs the app; pyclient builds it with a warning
# and the callbacks start working once the components exist.
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("add a field", id="add"),
    html.Div(id="slot"),
    html.Div("nothing typed", id="echo"),
])


@callback(Output("slot", "children"), Input("add", "n_clicks"), prevent_initial_call=True)
def add_field(n):
    return dcc.Input(id="later-input", value="first words")


@callback(Output("echo", "children"), Input("later-input", "value"))
def echo(value):
    return f"typed: {value}"


if __name__ == "__main__":
    app.run()

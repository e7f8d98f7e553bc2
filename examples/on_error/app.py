# on_error, app-wide and per callback: the handler gets the exception; what it returns is the
# callback's output (None: no output changes) and its set_props apply; no error overlay.
from dash import Dash, Input, Output, callback, html, set_props


def app_handler(err):
    set_props("log", {"children": f"app handler: {err}"})
    return "from app handler"


app = Dash(__name__, on_error=app_handler)
app.layout = html.Div([
    html.Button("a", id="a"), html.Button("b", id="b"), html.Button("c", id="c"),
    html.Div("out-a", id="out-a"), html.Div("out-b", id="out-b"), html.Div("out-c", id="out-c"),
    html.Div("log", id="log"),
])


@callback(Output("out-a", "children"), Input("a", "n_clicks"), prevent_initial_call=True)
def fail_a(n):
    raise ValueError(f"a failed {n}")


def own_handler(err):
    return f"own handler: {err}"


@callback(Output("out-b", "children"), Input("b", "n_clicks"), prevent_initial_call=True,
          on_error=own_handler)
def fail_b(n):
    raise ValueError(f"b failed {n}")


def quiet_handler(err):
    set_props("log", {"children": f"quiet handler: {err}"})


@callback(Output("out-c", "children"), Output("log", "title"), Input("c", "n_clicks"),
          prevent_initial_call=True, on_error=quiet_handler)
def fail_c(n):
    raise ValueError(f"c failed {n}")


if __name__ == "__main__":
    app.run()

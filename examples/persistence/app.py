"""Persistence: what a person types or picks in a component with `persistence` comes back
after a reload (localStorage), in this tab only (sessionStorage) or until the layout is
rebuilt (memory), as in Dash. A value a callback sets replaces the person's edit."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="name", value="", persistence=True),
    dcc.Dropdown(["red", "green", "blue"], "red", id="colour", persistence=True,
                 persistence_type="session"),
    dcc.Input(id="plain", value="start"),
    html.Button("Reset name", id="reset"),
    html.Div(id="out"),
])


@callback(Output("out", "children"), Input("name", "value"), Input("colour", "value"),
          Input("plain", "value"))
def show(name, colour, plain):
    return f"name={name} colour={colour} plain={plain}"


@callback(Output("name", "value"), Input("reset", "n_clicks"), prevent_initial_call=True)
def reset(n_clicks):
    return "reset"


if __name__ == "__main__":
    app.run()

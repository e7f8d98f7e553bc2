# Callbacks with no inputs run once on load; two of them may write the same output
# (allow_duplicate with prevent_initial_call="initial_duplicate").
from dash import Dash, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([html.Div("empty", id="shared"), html.Div("empty", id="single")])


@callback(Output("single", "children"))
def only_once():
    return "ran on load"


@callback(Output("shared", "children"))
def first_writer():
    return "first"


@callback(Output("shared", "children", allow_duplicate=True),
          prevent_initial_call="initial_duplicate")
def second_writer():
    return "second"


if __name__ == "__main__":
    app.run()

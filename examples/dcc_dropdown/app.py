"""dcc.Dropdown: single and multi selection, clearing, searching."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

CITIES = [
    {"label": "New York City", "value": "NYC"},
    {"label": "Montréal", "value": "MTL"},
    {"label": "San Francisco", "value": "SF"},
]

app.layout = html.Div([
    dcc.Dropdown(["New York City", "Montréal", "San Francisco"], "Montréal", id="single"),
    html.Div(id="single-out"),
    dcc.Dropdown(CITIES, ["MTL"], multi=True, id="multi", placeholder="Pick cities"),
    html.Div(id="multi-out"),
])


@callback(Output("single-out", "children"), Input("single", "value"))
def single(value):
    return f"You chose {value}" if value else f"Nothing chosen ({value!r})"


@callback(Output("multi-out", "children"), Input("multi", "value"))
def multi(value):
    return f"You chose {', '.join(value)}" if value else f"Nothing chosen ({value!r})"


if __name__ == "__main__":
    app.run(debug=True)

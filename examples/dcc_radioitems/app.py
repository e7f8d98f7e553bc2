"""dcc.RadioItems: one value; numbers stay numbers."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.RadioItems(
        id="city",
        options=[
            {"label": "New York City", "value": "NYC"},
            {"label": "Montréal", "value": "MTL"},
            {"label": "San Francisco", "value": "SF"},
        ],
        value="MTL",
    ),
    html.Div(id="city-out"),
    dcc.RadioItems([1, 2, 3], id="size", inline=True),
    html.Div(id="size-out"),
])


@callback(Output("city-out", "children"), Input("city", "value"))
def picked(value):
    return f"You picked {value}"


@callback(Output("size-out", "children"), Input("size", "value"))
def size(value):
    return "No size yet" if value is None else f"Size {value!r} ({type(value).__name__})"


if __name__ == "__main__":
    app.run(debug=True)

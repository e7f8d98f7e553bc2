"""dcc.Checklist: ticking appends the value (in click order), unticking removes it."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Checklist(
        id="cities",
        options=[
            {"label": "New York City", "value": "NYC"},
            {"label": "Montréal", "value": "MTL"},
            {"label": "San Francisco", "value": "SF"},
            {"label": "Paris", "value": "PAR", "disabled": True},
        ],
        value=["NYC"],
    ),
    html.Div(id="cities-out"),
    dcc.Checklist([1, 2, 3], [], id="numbers", inline=True),
    html.Div(id="numbers-out"),
])


@callback(Output("cities-out", "children"), Input("cities", "value"))
def chosen(value):
    return f"You chose {', '.join(value)}" if value else "You chose nothing"


@callback(Output("numbers-out", "children"), Input("numbers", "value"))
def total(value):
    return f"Sum {sum(value)} of {value!r}"


if __name__ == "__main__":
    app.run(debug=True)

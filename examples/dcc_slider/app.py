"""dcc.Slider and dcc.RangeSlider: the handles' values reach Python; marks show as text."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Slider(0, 10, 1, value=5, id="temperature", marks={0: "Cold", 5: "Mild", 10: "Hot"}),
    html.Div(id="temperature-out"),
    dcc.RangeSlider(0, 100, 10, value=[20, 60], id="price"),
    html.Div(id="price-out"),
])


@callback(Output("temperature-out", "children"), Input("temperature", "value"))
def temperature(value):
    return f"Temperature {value!r}"


@callback(Output("price-out", "children"), Input("price", "value"))
def price(value):
    low, high = value
    return f"Price from {low} to {high}"


if __name__ == "__main__":
    app.run(debug=True)

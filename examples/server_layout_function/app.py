# A layout function that reads the data on each page load (Dash calls it per request): the
# page asks the server for it, because the browser cannot have pandas.
import pandas as pd
from dash import Dash, Input, Output, callback, dcc, html

PAGE_LOADS = {"count": 0}


def serve_layout():
    PAGE_LOADS["count"] += 1
    frame = pd.read_csv("cities.csv")
    return html.Div([
        html.H3(f"{len(frame)} cities", id="heading"),
        html.Div(f"page load {PAGE_LOADS['count']}", id="load"),
        dcc.Dropdown(sorted(frame.city), "Lima", id="city"),
        html.Div(id="greeting"),
    ])


app = Dash(__name__)
app.layout = serve_layout


@callback(Output("greeting", "children"), Input("city", "value"))
def greet(city):
    return f"Hello, {city}!"


if __name__ == "__main__":
    app.run(debug=True)

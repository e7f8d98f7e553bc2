"""The app bench/components.py measures: a Dropdown and a DataTable, each feeding a callback."""
from dash import Dash, Input, Output, callback, dash_table, dcc, html

ROWS = [{"city": c, "n": i * 37 % 101} for i, c in enumerate(
    ["Oslo", "Lagos", "Lima", "Bergen", "Cusco", "Quito", "Accra", "Turku", "Porto", "Basel"])]

app = Dash(__name__)
app.layout = html.Div([
    html.H1("Components bench"),
    dcc.Dropdown(["red", "green", "blue"], "red", id="colour"),
    html.Div(id="colour-out"),
    dash_table.DataTable(id="table", data=ROWS, columns=[{"name": k, "id": k} for k in ROWS[0]],
                         sort_action="native"),
    html.Div(id="order"),
])


@callback(Output("colour-out", "children"), Input("colour", "value"))
def show_colour(value):
    return f"colour: {value}"


@callback(Output("order", "children"), Input("table", "derived_virtual_data"))
def show_order(rows):
    return "order: " + ", ".join(r["city"] for r in rows or [])

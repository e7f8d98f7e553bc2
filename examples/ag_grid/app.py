"""dash-ag-grid 35.3.0, drawn by its own bundle: a grid whose row selection, sorting and cell
clicks reach callbacks."""
import dash_ag_grid as dag
from dash import Dash, Input, Output, callback, html

ROWS = [
    {"make": "Toyota", "model": "Celica", "price": 35000},
    {"make": "Ford", "model": "Mondeo", "price": 32000},
    {"make": "Porsche", "model": "Boxster", "price": 72000},
]

app = Dash(__name__)
app.layout = html.Div([
    dag.AgGrid(
        id="grid",
        rowData=ROWS,
        columnDefs=[{"field": "make", "checkboxSelection": True}, {"field": "model"},
                    {"field": "price", "sortable": True}],
        dashGridOptions={"rowSelection": "multiple", "animateRows": False},
        columnSize="sizeToFit",
        style={"height": 250},
    ),
    html.Div(id="selected"),
    html.Div(id="clicked"),
])


@callback(Output("selected", "children"), Input("grid", "selectedRows"))
def show_selected(rows):
    return "selected: " + ", ".join(row["model"] for row in rows or [])


@callback(Output("clicked", "children"), Input("grid", "cellClicked"))
def show_clicked(cell):
    if not cell:
        return "no cell clicked"
    return f"clicked {cell['colId']} = {cell['value']}"


if __name__ == "__main__":
    app.run()

"""dash_table.DataTable, drawn by dash_table's own bundle: native sort, filter (Dash's query
syntax) and paging, editing with data_previous, row selection, active_cell and the derived
data a callback reads."""
from dash import Dash, Input, Output, State, callback, dash_table, html
from dash.dash_table.Format import Format, Group, Scheme

CITIES = [
    {"city": "Oslo", "country": "Norway", "population": 709037},
    {"city": "Lagos", "country": "Nigeria", "population": 15388000},
    {"city": "Lima", "country": "Peru", "population": 10719188},
    {"city": "Bergen", "country": "Norway", "population": 291940},
    {"city": "Cusco", "country": "Peru", "population": 428450},
]

app = Dash(__name__)
app.layout = html.Div([
    dash_table.DataTable(
        id="table",
        data=CITIES,
        columns=[
            {"name": "City", "id": "city", "editable": True},
            {"name": "Country", "id": "country"},
            {"name": "Population", "id": "population", "type": "numeric",
             "format": Format(group=Group.yes, scheme=Scheme.fixed, precision=0)},
        ],
        sort_action="native",
        filter_action="native",
        page_action="native",
        page_size=4,
        row_selectable="multi",
        style_data_conditional=[
            {"if": {"filter_query": "{population} > 10000000"}, "fontWeight": "bold"},
        ],
    ),
    html.Div(id="order"),
    html.Div(id="selected"),
    html.Div(id="active"),
    html.Div(id="edited"),
])


@callback(Output("order", "children"), Input("table", "derived_virtual_data"))
def show_order(rows):
    return "order: " + ", ".join(row["city"] for row in rows or [])


@callback(Output("selected", "children"), Input("table", "selected_rows"))
def show_selected(rows):
    return f"selected: {sorted(rows or [])}"


@callback(Output("active", "children"), Input("table", "active_cell"))
def show_active(cell):
    if not cell:
        return "no active cell"
    return f"active: row {cell['row']}, column {cell['column_id']}"


@callback(Output("edited", "children"), Input("table", "data"), State("table", "data_previous"),
          prevent_initial_call=True)
def show_edit(data, previous):
    changed = [f"{old['city']} -> {new['city']}"
               for old, new in zip(previous or [], data) if old != new]
    return "edited: " + "; ".join(changed)


if __name__ == "__main__":
    app.run()

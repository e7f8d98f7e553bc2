from dash import Dash, dash_table

app = Dash(__name__)
app.layout = dash_table.DataTable(id="table", data=[{"a": 1}], columns=[{"name": "a", "id": "a"}])

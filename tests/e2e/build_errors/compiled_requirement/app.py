import yaml
from dash import Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([html.Button("go", id="go"), html.Div(id="out")])


@callback(Output("out", "children"), Input("go", "n_clicks"))
def dump(n):
    return yaml.safe_dump({"n": n})

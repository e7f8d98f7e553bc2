# A dict that travels through the page comes back to Python in JavaScript's key order:
# integer-like keys first, in numeric order, then the others in the order they were added.
import json

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Store(id="store", data={"b": 1, "10": 2, "2": 3, "a": 4, "01": 5, "-1": 6}),
    html.Button("rewrite", id="rewrite"),
    html.Div(id="keys"),
])


@callback(Output("keys", "children"), Input("store", "data"))
def show_keys(data):
    return json.dumps(list(data))


@callback(Output("store", "data"), Input("rewrite", "n_clicks"), prevent_initial_call=True)
def rewrite(n):
    return {"z": 0, "7": 1, "y": 2, "3": 3}


if __name__ == "__main__":
    app.run(debug=True)

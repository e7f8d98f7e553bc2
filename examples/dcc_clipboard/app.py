"""dcc.Clipboard: copies another element's text, or content a callback computes."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    html.P("The secret word is pyclient", id="secret"),
    dcc.Clipboard(target_id="secret", id="copy-secret", title="Copy the sentence"),
    dcc.Clipboard(id="copy-computed"),
    html.Div(id="copies"),
])


@callback(
    Output("copy-computed", "content"),
    Output("copies", "children"),
    Input("copy-computed", "n_clicks"),
    prevent_initial_call=True,
)
def computed(n_clicks):
    return f"Computed text #{n_clicks}", f"Copied {n_clicks} times"


if __name__ == "__main__":
    app.run(debug=True)

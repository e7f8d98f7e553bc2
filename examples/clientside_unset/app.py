# A prop that was never set reaches a clientside function as undefined (n_clicks before the
# first click), as in Dash.
from dash import Dash, Input, Output, State, clientside_callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("click", id="btn"),
    dcc.Input(id="text", value="hi"),
    html.Div(id="out"),
])

clientside_callback(
    """(n, text) => `n=${n} typeof=${typeof n} text=${text}`""",
    Output("out", "children"),
    Input("btn", "n_clicks"),
    State("text", "value"),
)

if __name__ == "__main__":
    app.run(debug=True)

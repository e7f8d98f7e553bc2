"""dcc.Tooltip: shown at a bounding box while `show` is true."""
from dash import Dash, Input, Output, callback, ctx, dcc, html, no_update

app = Dash(__name__)

app.layout = html.Div(style={"position": "relative", "height": 200}, children=[
    html.Button("Show tip", id="show"),
    html.Button("Hide tip", id="hide"),
    dcc.Tooltip(id="tip", show=False, direction="bottom", children="Not yet"),
])


@callback(
    Output("tip", "show"),
    Output("tip", "bbox"),
    Output("tip", "children"),
    Input("show", "n_clicks"),
    Input("hide", "n_clicks"),
    prevent_initial_call=True,
)
def tip(shown, hidden):
    if ctx.triggered_id == "show":
        return True, {"x0": 100, "y0": 40, "x1": 160, "y1": 60}, f"Shown {shown} times"
    return False, no_update, no_update


if __name__ == "__main__":
    app.run(debug=True)

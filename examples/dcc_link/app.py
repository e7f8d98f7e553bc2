"""dcc.Link + dcc.Location(refresh=False): pages change without a reload; back and forward
work; a callback can move to another page too."""
from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Location(id="url", refresh=False),
    html.Nav([
        dcc.Link("Home", href="./", id="to-home"),
        " | ",
        dcc.Link("Page 2", href="page-2", id="to-2"),
        " | ",
        dcc.Link("Page 3, notes", href="page-3?tab=b#notes", id="to-3"),
    ]),
    html.Button("Go to page 4", id="go-4"),
    html.Div(id="page"),
])


@callback(
    Output("page", "children"),
    Input("url", "pathname"),
    Input("url", "search"),
    Input("url", "hash"),
)
def page(pathname, search, hash):
    name = pathname.rsplit("/", 1)[-1] or "home"
    return f"You are on {name} ({search}{hash})"


@callback(
    Output("url", "pathname"),
    Input("go-4", "n_clicks"),
    State("url", "pathname"),
    prevent_initial_call=True,
)
def go_4(n_clicks, pathname):
    return pathname.rsplit("/", 1)[0] + "/page-4"


if __name__ == "__main__":
    app.run(debug=True)

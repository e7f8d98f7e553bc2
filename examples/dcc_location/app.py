"""dcc.Location: the page's URL, shown by a callback."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Location(id="url"),
    html.Div(id="where"),
])


@callback(
    Output("where", "children"),
    Input("url", "pathname"),
    Input("url", "search"),
    Input("url", "hash"),
)
def where(pathname, search, hash):
    return f"pathname={pathname} search={search} hash={hash}"


if __name__ == "__main__":
    app.run(debug=True)

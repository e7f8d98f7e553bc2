"""dcc.Tabs / dcc.Tab: the selected tab's children are shown; value reaches Python."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Tabs(id="tabs", value="overview", children=[
        dcc.Tab(label="Overview", value="overview", children=html.Div("Overview content")),
        dcc.Tab(label="Details", value="details", children=[
            html.Div("Details content"),
            dcc.Input(id="details-input", value="typed here"),
        ]),
        dcc.Tab(label="Archive", value="archive", disabled=True, children="Old things"),
    ]),
    html.Div(id="tabs-out"),
    dcc.Tabs(id="plain", children=[
        dcc.Tab(label="One", children="First tab"),
        dcc.Tab(label="Two", children="Second tab"),
    ]),
    html.Div(id="plain-out"),
])


@callback(Output("tabs-out", "children"), Input("tabs", "value"))
def selected(value):
    return f"Selected {value}"


@callback(Output("plain-out", "children"), Input("plain", "value"))
def plain(value):
    return f"Plain tabs: {value}"


if __name__ == "__main__":
    app.run(debug=True)

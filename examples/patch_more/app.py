# More Patch uses: += on text, a Patch sent through set_props, and a Patch that edits the props
# of a component inside a list of children.
from dash import Dash, Input, Output, Patch, callback, html, set_props

app = Dash(__name__)
app.layout = html.Div([
    html.Button("add text", id="text-btn"),
    html.Div("start", id="text"),
    html.Button("via set_props", id="side-btn"),
    html.Div(id="side-out"),
    html.Ul([html.Li("one", id="li-0"), html.Li("two", id="li-1")], id="list"),
    html.Button("rename second", id="rename"),
])


@callback(Output("text", "children"), Input("text-btn", "n_clicks"), prevent_initial_call=True)
def add_text(n):
    patch = Patch()
    patch += f" +{n}"
    return patch


@callback(Output("side-out", "children"), Input("side-btn", "n_clicks"),
          prevent_initial_call=True)
def side(n):
    patch = Patch()
    patch += f"[{n}]"
    set_props("text", {"children": patch})
    return f"sent {n}"


@callback(Output("list", "children"), Input("rename", "n_clicks"), prevent_initial_call=True)
def rename(n):
    patch = Patch()
    patch[1]["props"]["children"] = f"renamed {n}"
    patch[1]["props"]["title"] = "changed"
    return patch


if __name__ == "__main__":
    app.run()

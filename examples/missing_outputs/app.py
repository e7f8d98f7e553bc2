"""Callbacks whose ALL outputs match nothing (Dash's rules, from its integration tests on missing
outputs): a callback whose only outputs are ALL wildcards that match no component is not
called; once components appear, it writes each of them. Another callback sums what they show."""
from dash import ALL, Dash, Input, Output, callback, ctx, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("items", id="items"),
    html.Button("values", id="values"),
    html.Div(id="content"),
    html.Div("Output init", id="output"),
    html.Div(id="log"),
])


@callback(Output("content", "children"), Input("items", "n_clicks"))
def content(n1):
    return [html.Div(id={"i": i}) for i in range((n1 or 0) % 4)]


@callback(Output({"i": ALL}, "children"), Input("values", "n_clicks"))
def content_inner(n2):
    count = len(ctx.outputs_list)
    if not count:
        raise ValueError("should not be called with no outputs!")
    return [n2 or 0] * count


@callback(Output("output", "children"), Input({"i": ALL}, "children"))
def total(contents):
    return sum(c or 0 for c in contents)


@callback(Output("log", "children"), Input({"i": ALL}, "id"))
def log(ids):
    return f"{len(ids)} items, triggered: {[t['prop_id'] for t in ctx.triggered]}"


if __name__ == "__main__":
    app.run()

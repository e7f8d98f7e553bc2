"""Callbacks whose inputs are not in the layout yet (Dash's own rules, from its integration
tests on missing inputs): a callback with no input present does not run on load, and neither
does one whose only inputs are outputs of such a callback; one with another input present runs.
A callback whose inputs are all ALL wildcards runs (with empty lists) when its output exists;
one that mixes ALL with a missing plain input waits. A click creates the missing components."""
from dash import ALL, Dash, Input, Output, State, callback, html

app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([
    html.Div("Title", id="title"),
    html.Button("click", id="btn"),
    html.Div(id="content"),
    html.Div("output1 init", id="out1"),
    html.Div("output2 init", id="out2"),
    html.Div("output3 init", id="out3"),
    html.Div("all init", id="all-out"),
    html.Div("all2 init", id="all-out2"),
    html.Div("mixed init", id="mixed-out"),
])


@callback(Output("content", "children"), Input("btn", "n_clicks"))
def content(n):
    if not n:
        return "content init"
    items = [html.Div(f"item {i}", id={"i": i}) for i in range(n)]
    return [html.Div("A", id="a"), html.Div("B", id="b"), html.Div("C", id="c"), *items]


@callback(Output("out1", "children"), Input("a", "children"), Input("b", "children"),
          State("c", "children"), State("title", "children"))
def out1(a, b, c, title):
    return a + b + c + title


@callback(Output("out2", "children"), Input("out1", "children"), State("title", "children"))
def out2(first, title):
    return first + " - 2 - " + title


@callback(Output("out3", "children"), Input("out1", "children"), Input("title", "children"))
def out3(first, title):
    return first + " - 3 - " + title


@callback(Output("all-out", "children"), Input({"i": ALL}, "children"))
def all_items(items):
    return ", ".join(items) or "no items"


@callback(Output("all-out2", "children"), Input("all-out", "children"))
def all_items2(text):
    return text + " - 2"


@callback(Output("mixed-out", "children"), Input({"i": ALL}, "children"), Input("a", "children"))
def mixed(items, a):
    return a + " - " + (", ".join(items) or "no items")


if __name__ == "__main__":
    app.run()

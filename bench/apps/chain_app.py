"""The app bench/boot.py measures: one button with one callback, and one starting a chain of 10
callbacks (each link's output is the next link's input)."""
from dash import Dash, Input, Output, callback, html

LINKS = 10

app = Dash(__name__)
app.layout = html.Div([
    html.H1("Boot bench"),
    html.Button("Count", id="one"),
    html.Div(id="one-out"),
    html.Button("Start the chain", id="chain"),
    *[html.Div(id=f"link-{i}") for i in range(1, LINKS + 1)],
])


@callback(Output("one-out", "children"), Input("one", "n_clicks"))
def count(n_clicks):
    return f"clicks: {n_clicks or 0}"


@callback(Output("link-1", "children"), Input("chain", "n_clicks"))
def first_link(n_clicks):
    return f"link 1: {n_clicks or 0}"


def make_link(i):
    @callback(Output(f"link-{i}", "children"), Input(f"link-{i - 1}", "children"))
    def link(previous):
        return f"link {i}: {previous.split(': ')[1]}"

    link.__name__ = f"link_{i}"
    return link


for i in range(2, LINKS + 1):
    make_link(i)

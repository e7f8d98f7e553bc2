"""dcc.Input: text on every keystroke, type="number" gives numbers, debounce=True waits for
Enter or blur, and n_submit counts Enter presses."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    html.Label("Name"),
    dcc.Input(id="name", type="text", placeholder="Your name"),
    html.Div(id="name-out"),
    html.Label("A number"),
    dcc.Input(id="number", type="number", value=2),
    html.Div(id="number-out"),
    html.Label("Search (press Enter)"),
    dcc.Input(id="search", debounce=True, placeholder="Search"),
    html.Div(id="search-out"),
])


@callback(Output("name-out", "children"), Input("name", "value"))
def greet(name):
    return f"Hello, {name}!" if name else "Type your name"


@callback(Output("number-out", "children"), Input("number", "value"))
def describe_number(value):
    if value is None:
        return "No number"
    return f"{value!r} ({type(value).__name__}), doubled {value * 2!r}"


@callback(Output("search-out", "children"), Input("search", "value"), Input("search", "n_submit"))
def search(value, n_submit):
    return f"Searching for {value!r} (submitted {n_submit or 0} times)"


if __name__ == "__main__":
    app.run(debug=True)

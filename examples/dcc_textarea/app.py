"""dcc.Textarea: the text reaches Python on every keystroke; n_blur counts leaving the box."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Textarea(id="notes", value="First line", style={"width": "100%", "height": 100}),
    html.Div(id="notes-out"),
    html.Div(id="blur-out"),
])


@callback(Output("notes-out", "children"), Input("notes", "value"))
def count(value):
    lines = value.split("\n") if value else []
    return f"{len(lines)} lines, {len(value or '')} characters, last line: {lines[-1] if lines else ''}"


@callback(Output("blur-out", "children"), Input("notes", "n_blur"))
def blurred(n_blur):
    return f"Left the box {n_blur or 0} times"


if __name__ == "__main__":
    app.run(debug=True)

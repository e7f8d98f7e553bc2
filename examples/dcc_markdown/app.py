"""dcc.Markdown: Markdown becomes formatted text; raw HTML stays text and never runs."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Markdown(
        """
        # Release notes

        Some *emphasis*, some **strong** text and `code`.

        - first item
        - second item

        Raw <b>bold</b> and <script>window.hacked = true</script> stay text.

        [A safe link](https://example.com/docs) and [a bad one](javascript:alert(1)).
        """,
        id="notes",
    ),
    dcc.Input(id="source", value="Hello *world*"),
    dcc.Markdown(id="preview"),
])


@callback(Output("preview", "children"), Input("source", "value"))
def preview(source):
    return source


if __name__ == "__main__":
    app.run(debug=True)

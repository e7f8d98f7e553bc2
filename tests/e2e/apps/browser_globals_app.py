# Module code that reads a browser global when it runs in Pyodide: it cannot run ahead of time
# under Node (which has no `navigator`), so the build makes no snapshot and says why; the site
# still works.
import sys

from dash import Dash, Input, Output, html

if sys.platform == "emscripten":
    from js import navigator

    LANGUAGE = navigator.language
else:
    LANGUAGE = "unknown at build time"

app = Dash(__name__)
app.layout = html.Div([html.Button("Show", id="show"), html.Div(id="language")])


@app.callback(Output("language", "children"), Input("show", "n_clicks"), prevent_initial_call=True)
def show(n_clicks):
    return f"language: {LANGUAGE}"

"""Latest request wins across the network: a slow server call whose input changed meanwhile is
never applied (Dash drops the stale result). A server callback that raises shows its error."""

import time

import numpy as np
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="word", value="go"),
    html.Div(id="length"),
    html.Div(id="echo"),
])


@callback(Output("length", "children"), Input("word", "value"))
def length(word):  # on the server (numpy); "slow" takes three seconds
    if word == "slow":
        time.sleep(3)
    if word == "boom":
        raise ValueError("no boom please")
    return f"{word}: {int(np.int64(len(word)))} letters"


@callback(Output("echo", "children"), Input("length", "children"))
def echo(text):  # in the browser, fed by the server
    return f"Shown: {text}"


if __name__ == "__main__":
    app.run(debug=True)

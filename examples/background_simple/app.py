# Seed 003 tutorial, "Background Callbacks": the callback as written, in an app around it (the
# article shows only the callback). It sleeps 2 s instead of 5 s. The background manager is the
# one Dash's documentation configures; pyclient accepts it and runs the callback in its
# background worker.
import time

import diskcache
from dash import Dash, DiskcacheManager, html, Input, Output

cache = diskcache.Cache("./cache")
background_callback_manager = DiskcacheManager(cache)

app = Dash(__name__, background_callback_manager=background_callback_manager)

app.layout = html.Div([
    html.Button("Start", id="start"),
    html.Div("not started", id="results"),
])


@app.callback(
    Output("results", "children"),
    Input("start", "n_clicks"),
    background=True
)
def slow_computation(n_clicks):
    # Your heavy computation here
    time.sleep(2)  # Simulating long task (the seed sleeps 5 s)
    return "Done!"


if __name__ == "__main__":
    app.run(debug=True)

# Background callback with progress, cancel and running (seed 003 tutorial, "Background
# Callbacks", with the options of Dash's background-callback documentation). While it runs,
# the other button's ordinary callback answers at once. Ten 0.2 s steps; interval=200 makes
# Dash poll the job every 200 ms (its default, 1 s, would skip most progress steps).
import time

import diskcache
from dash import Dash, DiskcacheManager, html, Input, Output, callback

cache = diskcache.Cache("./cache")
background_callback_manager = DiskcacheManager(cache)

app = Dash(__name__, background_callback_manager=background_callback_manager)

STEPS = 10

app.layout = html.Div([
    html.Button("Run", id="run-button"),
    html.Button("Cancel", id="cancel-button", disabled=True),
    html.Progress(id="progress-bar", value=0, max=STEPS),
    html.Div("no progress", id="progress-text"),
    html.Div("not run", id="result"),
    html.Button("Quick", id="quick-button"),
    html.Div("no quick answer", id="quick-output"),
])


@callback(
    Output("result", "children"),
    Input("run-button", "n_clicks"),
    background=True,
    running=[
        (Output("run-button", "disabled"), True, False),
        (Output("cancel-button", "disabled"), False, True),
    ],
    cancel=[Input("cancel-button", "n_clicks")],
    progress=[Output("progress-text", "children"), Output("progress-bar", "value")],
    interval=200,
    prevent_initial_call=True,
)
def long_job(set_progress, n_clicks):
    for step in range(1, STEPS + 1):
        time.sleep(0.2)
        set_progress((f"step {step} of {STEPS}", step))
    return f"finished run {n_clicks}"


@callback(Output("quick-output", "children"), Input("quick-button", "n_clicks"),
          prevent_initial_call=True)
def quick(n_clicks):
    return f"quick answer {n_clicks}"


if __name__ == "__main__":
    app.run(debug=True)

# A background callback that needs pandas runs on the server through the app's own
# DiskcacheManager (as in Dash): progress, cancel and running work as in the browser worker,
# and the page's other callbacks keep answering while it runs.
import time

import diskcache
import pandas as pd
from dash import Dash, DiskcacheManager, Input, Output, callback, html

cache = diskcache.Cache("./cache")
background_callback_manager = DiskcacheManager(cache)

app = Dash(__name__, background_callback_manager=background_callback_manager)

STEPS = 8
orders = pd.DataFrame({"step": range(1, STEPS + 1), "amount": [10, 20, 30, 40, 50, 60, 70, 80]})

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
    total = 0
    for step in range(1, STEPS + 1):
        time.sleep(0.5)
        total = int(orders[orders.step <= step].amount.sum())
        set_progress((f"step {step} of {STEPS}: {total}", step))
    return f"run {n_clicks}: total {total}"


@callback(Output("quick-output", "children"), Input("quick-button", "n_clicks"),
          prevent_initial_call=True)
def quick(n_clicks):
    return f"quick answer {n_clicks}"


if __name__ == "__main__":
    app.run(debug=True)

# The same long job as server_background, through Celery, as Dash's documentation sets it up:
# a Redis broker and result backend from REDIS_URL, and workers started separately
# (`pyclient worker app.py` here; `celery -A app.celery_app worker` under Dash).
import os
import time

import pandas as pd
from celery import Celery
from dash import CeleryManager, Dash, Input, Output, callback, html

celery_app = Celery(__name__, broker=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379"),
                    backend=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379"))
background_callback_manager = CeleryManager(celery_app)

app = Dash(__name__, background_callback_manager=background_callback_manager)

STEPS = 6
orders = pd.DataFrame({"step": range(1, STEPS + 1), "amount": [5, 10, 15, 20, 25, 30]})

app.layout = html.Div([
    html.Button("Run", id="run-button"),
    html.Button("Cancel", id="cancel-button", disabled=True),
    html.Div("no progress", id="progress-text"),
    html.Div("not run", id="result"),
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
    progress=[Output("progress-text", "children")],
    interval=200,
    prevent_initial_call=True,
)
def long_job(set_progress, n_clicks):
    total = 0
    for step in range(1, STEPS + 1):
        time.sleep(0.4)
        total = int(orders[orders.step <= step].amount.sum())
        set_progress(f"step {step} of {STEPS}: {total}")
    return f"run {n_clicks}: total {total}"


if __name__ == "__main__":
    app.run(debug=True)

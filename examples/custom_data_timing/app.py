# ctx.custom_data (filled by functions decorated with dash.hooks.custom_data(namespace), called
# before every callback) and ctx.record_timing (timing information for the dev tools).
import json
import time

from dash import Dash, html, Input, Output, callback, ctx, hooks

hook_calls = []


@hooks.custom_data("greeting")
def greeting(_context):
    return {"text": "hello from a hook"}


@hooks.custom_data("hook_calls")
def count_hook_calls(_context):
    hook_calls.append(1)
    return len(hook_calls)


app = Dash()

app.layout = html.Div([
    html.Button("Show custom data", id="custom-button"),
    html.Pre(id="custom-output"),
    html.Button("Record timing", id="timing-button"),
    html.Div(id="timing-output"),
])


@callback(Output("custom-output", "children"), Input("custom-button", "n_clicks"))
def show_custom_data(n_clicks):
    return json.dumps({
        "n_clicks": n_clicks,
        "greeting": ctx.custom_data["greeting"],
        "namespaces": sorted(ctx.custom_data),
        "hook_calls": ctx.custom_data["hook_calls"],
        "same_as_attribute": ctx.custom_data.greeting == ctx.custom_data["greeting"],
    })


@callback(Output("timing-output", "children"), Input("timing-button", "n_clicks"),
          prevent_initial_call=True)
def record(n_clicks):
    start = time.perf_counter()
    total = sum(range(10_000))
    ctx.record_timing("compute", time.perf_counter() - start, "summing numbers")
    try:
        ctx.record_timing("compute", 0.001)
    except KeyError as err:
        duplicate = str(err)
    else:
        duplicate = "no error"
    return f"click {n_clicks}: total {total}; second record_timing: {duplicate}"


if __name__ == "__main__":
    app.run(debug=True)

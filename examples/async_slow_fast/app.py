# A long async callback must not hold back the others: while `slow` awaits, clicks on the fast
# buttons get their answers at once.
import asyncio
import time

from dash import Dash, html, Input, Output, callback

app = Dash()

app.layout = html.Div([
    html.Button("Slow (async, 2 s)", id="slow-button"),
    html.Button("Fast (sync)", id="fast-sync-button"),
    html.Button("Fast (async)", id="fast-async-button"),
    html.Div("slow not run", id="slow-output"),
    html.Div("fast sync not run", id="fast-sync-output"),
    html.Div("fast async not run", id="fast-async-output"),
])


@callback(Output("slow-output", "children"), Input("slow-button", "n_clicks"),
          prevent_initial_call=True)
async def slow(n_clicks):
    start = time.monotonic()
    await asyncio.sleep(2)
    return f"slow done {n_clicks} after {time.monotonic() - start:.0f} s"


@callback(Output("fast-sync-output", "children"), Input("fast-sync-button", "n_clicks"),
          prevent_initial_call=True)
def fast_sync(n_clicks):
    return f"fast sync done {n_clicks}"


@callback(Output("fast-async-output", "children"), Input("fast-async-button", "n_clicks"),
          prevent_initial_call=True)
async def fast_async(n_clicks):
    await asyncio.sleep(0)
    return f"fast async done {n_clicks}"


if __name__ == "__main__":
    app.run(debug=True)

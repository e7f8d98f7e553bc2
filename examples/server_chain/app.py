"""Callback chains that cross between browser and server (numpy puts callbacks on the server):
browser -> server -> browser, server -> server, ctx, PreventUpdate, no_update, Patch, set_props,
running=, pattern matching and allow_duplicate, as in an unmodified Dash app."""

import json

import numpy as np
from dash import (
    MATCH,
    Dash,
    Input,
    Output,
    Patch,
    State,
    callback,
    ctx,
    dcc,
    html,
    no_update,
    set_props,
)
from dash.exceptions import PreventUpdate

app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="num", type="number", value=3),
    html.Button("Add", id="add"),
    html.Div(id="double"),
    html.Div(id="square"),
    html.Div(id="label"),
    html.Div(id="root"),
    html.Div(id="trig"),
    html.Div(id="parity"),
    html.Ul(id="log", children=[]),
    html.Div(id="status"),
    html.Div([
        dcc.Input(id={"type": "cell-in", "index": i}, type="number", value=v)
        for i, v in [(1, 4), (2, 9)]
    ]),
    html.Div([html.Div(id={"type": "cell-out", "index": i}) for i in (1, 2)]),
])


@callback(Output("double", "children"), Input("num", "value"))
def double(num):  # browser
    return num * 2 if num is not None else 0


@callback(Output("square", "children"), Input("double", "children"))
def square(value):  # server
    if value > 200:
        raise PreventUpdate
    return int(np.square(value))


@callback(Output("label", "children"), Input("square", "children"))
def label(value):  # browser
    return f"Square is {value}"


@callback(Output("root", "children"), Input("square", "children"))
def root(value):  # server, fed by the server
    return f"Root is {float(np.sqrt(value)):.1f}"


@callback(Output("trig", "children"), Input("add", "n_clicks"), Input("num", "value"))
def trig(n, num):  # server: ctx as the browser computed it
    return json.dumps({"triggered": ctx.triggered, "id": ctx.triggered_id, "inputs": ctx.inputs,
                       "truthy": bool(ctx.triggered), "clicks": int(np.int64(n or 0))},
                      sort_keys=True)


@callback(Output("parity", "children"), Output("status", "children"),
          Input("num", "value"))
def parity(num):  # server: no_update for one output, set_props for another component
    if num is None:
        return no_update, no_update
    set_props("add", {"title": f"num is {num}"})
    kind = "even" if int(np.mod(num, 2)) == 0 else "odd"
    return kind, no_update


@callback(Output("log", "children"), Input("add", "n_clicks"), prevent_initial_call=True,
          running=[(Output("add", "disabled"), True, False)])
def add(n):  # server: a Patch appended to the list
    patch = Patch()
    patch.append(html.Li(f"item {int(np.int64(n))}"))
    return patch


@callback(Output("status", "children", allow_duplicate=True), Input("add", "n_clicks"),
          State("log", "children"), prevent_initial_call=True)
def status(n, items):  # browser, sharing an output with the server
    return f"{n} clicks"


@callback(Output({"type": "cell-out", "index": MATCH}, "children"),
          Input({"type": "cell-in", "index": MATCH}, "value"))
def cell(value):  # server, one call per matching pair
    return f"{ctx.triggered_id['index'] if ctx.triggered_id else '-'}: {float(np.sqrt(value or 0)):.1f}"


if __name__ == "__main__":
    app.run(debug=True)

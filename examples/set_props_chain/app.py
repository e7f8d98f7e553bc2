# set_props next to outputs, and set_props on props that are other callbacks' Inputs: Dash
# triggers those callbacks as if an output had changed them.
import json

from dash import Dash, Input, Output, State, html, dcc, ctx, callback, set_props

app = Dash(__name__)

app.layout = html.Div([
    html.Button("Set props", id="set-button"),
    html.Button("Output and set_props", id="both-button"),
    dcc.Store(id="store"),
    html.Div("label not set", id="label"),
    html.Div("store not read", id="store-view"),
    html.Div("label not read", id="label-view"),
    html.Div("no timestamp", id="stamp-view"),
    html.Div("a not set", id="out-a"),
    html.Div("b not set", id="out-b"),
])


@callback(Input("set-button", "n_clicks"), prevent_initial_call=True)
def set_things(n_clicks):
    set_props("store", {"data": {"clicks": n_clicks}})
    set_props("label", {"children": f"label set by click {n_clicks}"})


@callback(Output("store-view", "children"), Input("store", "data"), prevent_initial_call=True)
def show_store(data):
    return json.dumps({"data": data, "triggered": ctx.triggered})


@callback(Output("label-view", "children"), Input("label", "children"), prevent_initial_call=True)
def show_label(label):
    return f"label-view saw: {label} ({json.dumps(ctx.triggered_prop_ids)})"


@callback(Output("stamp-view", "children"), Input("store", "modified_timestamp"),
          State("store", "data"), prevent_initial_call=True)
def show_stamp(timestamp, data):
    return f"timestamp {'set' if timestamp else 'unset'} for {json.dumps(data)}"


@callback(Output("out-a", "children"), Input("both-button", "n_clicks"), prevent_initial_call=True)
def output_and_set_props(n_clicks):
    set_props("out-b", {"children": f"b set_props {n_clicks}"})
    return f"a output {n_clicks}"


if __name__ == "__main__":
    app.run(debug=True)

# Pattern-matching callbacks (seed 003 tutorial, "Pattern-Matching Callbacks"): rows of
# components with dict ids, added and removed by a callback, handled with MATCH, ALL and
# ALLSMALLER. update_dynamic_output is the tutorial's example as written.
import json

from dash import Dash, html, dcc, Input, Output, State, callback, ctx, Patch, MATCH, ALL, ALLSMALLER

app = Dash(__name__)

CITIES = ["NYC", "MTL", "LA", "TOKYO"]

app.layout = html.Div([
    html.Button("Add filter", id="add-filter", n_clicks=0),
    html.Button("Remove last filter", id="remove-filter", n_clicks=0),
    html.Div(id="filter-container", children=[]),
    html.Pre(id="summary"),
])


def filter_row(index):
    return html.Div([
        dcc.Dropdown(CITIES, id={"type": "filter-dropdown", "index": index}),
        html.Div(id={"type": "filter-output", "index": index}),
        html.Div(id={"type": "filter-so-far", "index": index}),
        dcc.Input(id={"type": "dynamic-input", "index": index}, type="text"),
        html.Div(id={"type": "dynamic-output", "index": index}),
    ], id={"type": "filter-row", "index": index})


@callback(
    Output("filter-container", "children"),
    Input("add-filter", "n_clicks"),
    Input("remove-filter", "n_clicks"),
)
def edit_filters(added, removed):
    rows = Patch()
    if ctx.triggered_id == "remove-filter":
        del rows[-1]
    else:
        rows.append(filter_row(added))
    return rows


@callback(
    Output({"type": "filter-output", "index": MATCH}, "children"),
    Input({"type": "filter-dropdown", "index": MATCH}, "value"),
)
def show_choice(value):
    return json.dumps({
        "value": value,
        "triggered_id": ctx.triggered_id,
        "triggered": ctx.triggered,
        "outputs_list": ctx.outputs_list,
    })


@callback(
    Output({"type": "filter-so-far", "index": MATCH}, "children"),
    Input({"type": "filter-dropdown", "index": MATCH}, "value"),
    Input({"type": "filter-dropdown", "index": ALLSMALLER}, "value"),
)
def show_so_far(value, earlier_values):
    return f"so far: {json.dumps(earlier_values + [value])}"


@callback(
    Output("summary", "children"),
    Input({"type": "filter-dropdown", "index": ALL}, "value"),
    State({"type": "filter-dropdown", "index": ALL}, "id"),
)
def summarize(values, ids):
    return json.dumps({
        "values": values,
        "ids": ids,
        "triggered_id": ctx.triggered_id,
        "triggered_prop_ids": ctx.triggered_prop_ids,
        "inputs_list": ctx.inputs_list,
    })


@app.callback(
    Output({'type': 'dynamic-output', 'index': MATCH}, 'children'),
    Input({'type': 'dynamic-input', 'index': MATCH}, 'value')
)
def update_dynamic_output(value):
    return f"You entered: {value}"


if __name__ == "__main__":
    app.run(debug=True)

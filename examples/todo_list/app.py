"""A to-do list built from pattern-matching ids (after the to-do app in Dash's test assets):
adding rebuilds the list, a tick strikes an item through, each item says how many before it are
done (ALLSMALLER), and the totals read every tick (ALL). Counters show how often each ran."""
from dash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, State, callback, ctx, dcc, html

TODO = {"display": "inline", "margin": "10px"}
DONE = {**TODO, "textDecoration": "line-through", "color": "#888"}

app = Dash(__name__)
app.layout = html.Div([
    html.Div("To-do list"),
    dcc.Input(id="new-item"),
    html.Button("Add", id="add"),
    html.Button("Clear done", id="clear-done"),
    html.Div(id="list-container"),
    html.Hr(),
    html.Div(id="totals"),
])


@callback(Output("list-container", "children"), Output("new-item", "value"),
          Input("add", "n_clicks"), Input("new-item", "n_submit"), Input("clear-done", "n_clicks"),
          State("new-item", "value"), State({"item": ALL}, "children"),
          State({"item": ALL, "action": "done"}, "value"))
def edit_list(add, submit, clear, text, items, ticks):
    fired = ctx.triggered_prop_ids
    adding = "add.n_clicks" in fired or "new-item.n_submit" in fired
    clearing = "clear-done.n_clicks" in fired
    kept = [(t, d) for t, d in zip(items, ticks) if not (clearing and d)]
    if adding:
        kept.append((text, []))
    rows = [
        html.Div([
            dcc.Checklist([{"label": "", "value": "done"}], done, id={"item": i, "action": "done"},
                          style={"display": "inline"}),
            html.Div(t, id={"item": i}, style=DONE if done else TODO),
            html.Div(id={"item": i, "preceding": True}, style=TODO),
        ])
        for i, (t, done) in enumerate(kept)
    ]
    return rows, "" if adding else text


@callback(Output({"item": MATCH}, "style"), Input({"item": MATCH, "action": "done"}, "value"))
def mark_done(done):
    return DONE if done else TODO


@callback(Output({"item": MATCH, "preceding": True}, "children"),
          Input({"item": ALLSMALLER, "action": "done"}, "value"),
          Input({"item": MATCH, "action": "done"}, "value"))
def show_preceding(before, this_done):
    if this_done:
        return ""
    finished = len([d for d in before if d])
    text = f"{finished} of {len(before)} preceding items are done"
    return text + (" DO THIS NEXT!" if finished == len(before) else "")


@callback(Output("totals", "children"), Input({"item": ALL, "action": "done"}, "value"))
def show_totals(done):
    finished = len([d for d in done if d])
    text = f"{finished} of {len(done)} items completed"
    return text + (f" - {int(100 * finished / len(done))}%" if done else "")


if __name__ == "__main__":
    app.run()

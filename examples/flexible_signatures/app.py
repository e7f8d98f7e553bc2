# Dash's flexible callback signatures: dict groupings that nest lists and mix Input with State,
# the old form with lists of Outputs, Inputs and States, and prevent_initial_call given
# positionally. ctx.args_grouping mirrors the grouping.
import json

from dash import Dash, Input, Output, State, callback, ctx, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="a", value="one"),
    dcc.Input(id="b", value="two"),
    dcc.Input(id="c", value="three"),
    html.Button("go", id="go"),
    html.Div(id="grouped"),
    html.Div(id="grouping"),
    html.Div(id="old-1"),
    html.Div(id="old-2"),
    html.Div("not yet", id="late"),
])


@callback(
    output=dict(text=Output("grouped", "children"), shape=Output("grouping", "children")),
    inputs=dict(first=Input("a", "value"), rest=[Input("b", "value"), State("c", "value")]),
)
def grouped(first, rest):
    shape = {name: ([(g["id"], g["property"], g["value"]) for g in group]
                    if isinstance(group, list) else (group["id"], group["property"], group["value"]))
             for name, group in ctx.args_grouping.items()}
    return dict(text=f"{first} + {rest}", shape=json.dumps(shape, sort_keys=True))


@callback([Output("old-1", "children"), Output("old-2", "children")],
          [Input("a", "value"), Input("b", "value")], [State("c", "value")])
def old_form(a, b, c):
    return f"{a}/{b}", f"state {c}"


@callback(Output("late", "children"), Input("go", "n_clicks"), True)
def late(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True)

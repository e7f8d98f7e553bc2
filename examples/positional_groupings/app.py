"""Dicts of dependencies given positionally (Dash's flexible signatures): with several
positional groupings each dict becomes one argument holding a dict; a single positional dict
is the whole signature, so its keys become keyword arguments; args_grouping mirrors both."""
import json

from dash import Dash, Input, Output, State, callback, ctx, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="x", value="x0"),
    dcc.Input(id="y", value="y0"),
    dcc.Input(id="z", value="z0"),
    html.Div(id="several"),
    html.Div(id="single"),
    html.Div(id="grouping"),
])


@callback(Output("several", "children"),
          {"first": Input("x", "value"), "kept": State("y", "value")},
          Input("z", "value"))
def several(group, z):
    return f"several: {json.dumps(group, sort_keys=True)} z={z}"


@callback(Output("single", "children"), {"a": Input("x", "value"), "b": State("z", "value")})
def single(a, b):
    return f"single: a={a} b={b}"


@callback(Output("grouping", "children"),
          [{"left": Input("x", "value")}, {"right": Input("y", "value")}])
def grouping(left, right):
    shape = {k: sorted(v) if isinstance(v, dict) else type(v).__name__
             for k, v in zip(["0", "1"], ctx.args_grouping)}
    return f"grouping: {left} {right} {json.dumps(shape, sort_keys=True)}"


if __name__ == "__main__":
    app.run()

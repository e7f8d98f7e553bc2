# Patch(): partial updates of a prop (seed 003 "Solution 4: using Partial Update" uses item
# assignment; this app exercises every Patch operation). Each button applies one operation to
# a Store's data or to a list of children; a second callback shows the patched data, so a Patch
# output also triggers the callbacks that take it as an Input.
import json

from dash import Dash, html, dcc, Input, Output, callback, ctx, Patch

app = Dash(__name__)

LIST_OPS = ["append", "prepend", "extend", "insert", "insert-negative", "remove", "reverse",
            "iadd", "del", "assign", "clear", "several", "repeat", "remove-repeated"]
DICT_OPS = ["assign", "attr-assign", "add", "sub", "mul", "div", "div-fraction", "concat",
            "nested-append", "update", "ior", "del", "del-attr", "assign-deep"]

app.layout = html.Div([
    html.H3("List"),
    html.Div([html.Button(op, id=f"list-{op}") for op in LIST_OPS]),
    dcc.Store(id="items", data=["b", "c"]),
    html.Pre(id="items-view"),
    html.H3("Dict"),
    html.Div([html.Button(op, id=f"dict-{op}") for op in DICT_OPS]),
    dcc.Store(id="user", data={"name": "Ada", "age": 36, "tags": ["math"],
                               "address": {"city": "London"}}),
    html.Pre(id="user-view"),
    html.H3("Children"),
    html.Button("append item", id="children-append"),
    html.Button("prepend item", id="children-prepend"),
    html.Ul([html.Li("first")], id="children-list"),
])


@callback(Output("items", "data"), [Input(f"list-{op}", "n_clicks") for op in LIST_OPS],
          prevent_initial_call=True)
def patch_list(*_):
    op = ctx.triggered_id.removeprefix("list-")
    patch = Patch()
    if op == "append":
        patch.append("d")
    elif op == "prepend":
        patch.prepend("a")
    elif op == "extend":
        patch.extend(["e", "f"])
    elif op == "insert":
        patch.insert(1, "x")
    elif op == "insert-negative":
        patch.insert(-1, "y")
    elif op == "remove":
        patch.remove("x")
    elif op == "repeat":
        patch.extend(["b", "c", "b"])
    elif op == "remove-repeated":
        patch.remove("b")  # every "b", as Dash removes them
    elif op == "reverse":
        patch.reverse()
    elif op == "iadd":
        patch += ["g"]
    elif op == "del":
        del patch[0]
    elif op == "assign":
        patch[0] = "first"
    elif op == "clear":
        patch.clear()
    elif op == "several":
        patch.append("1")
        patch.append("2")
        patch.prepend("0")
        del patch[1]
    return patch


@callback(Output("items-view", "children"), Input("items", "data"))
def show_items(items):
    return json.dumps(items)


@callback(Output("user", "data"), [Input(f"dict-{op}", "n_clicks") for op in DICT_OPS],
          prevent_initial_call=True)
def patch_dict(*_):
    op = ctx.triggered_id.removeprefix("dict-")
    user = Patch()
    if op == "assign":
        user["name"] = "Grace"
    elif op == "attr-assign":
        user.city = "Paris"
    elif op == "add":
        user["age"] += 1
    elif op == "sub":
        user.age -= 10
    elif op == "mul":
        user.age *= 2
    elif op == "div":
        user.age /= 2
    elif op == "div-fraction":
        user.age /= 8
    elif op == "concat":
        user["name"] += " Lovelace"
    elif op == "nested-append":
        user["tags"].append("poetry")
    elif op == "update":
        user["address"].update({"country": "UK"}, zip="N1")
    elif op == "ior":
        user.address |= {"city": "Paris"}
    elif op == "del":
        del user["tags"]
    elif op == "del-attr":
        del user.city
    elif op == "assign-deep":
        user["extra"]["deep"]["value"] = 1
    return user


@callback(Output("user-view", "children"), Input("user", "data"))
def show_user(user):
    return json.dumps(user, sort_keys=True)


@callback(Output("children-list", "children"), Input("children-append", "n_clicks"),
          Input("children-prepend", "n_clicks"), prevent_initial_call=True)
def patch_children(appended, prepended):
    children = Patch()
    if ctx.triggered_id == "children-append":
        children.append(html.Li(f"appended {appended}"))
    else:
        children.prepend(html.Li(f"prepended {prepended}"))
    return children


if __name__ == "__main__":
    app.run(debug=True)

"""Pattern-matching callbacks: MATCH instances, ALL lists, ALLSMALLER, items added later."""

import json

from pyclient import ctx
from pyclient.dependencies import ALL, ALLSMALLER, MATCH, id_string

from .drive import Driver, div, root, run_all


def pentry(index, name, outputs, inputs, state=(), prevent=False, shape=None):
    outs = [{"id": id_string(i), "property": p, "allow_duplicate": False} for i, p in outputs]
    return {
        "index": index, "name": name, "outputs": outs,
        "inputs": [{"id": id_string(i), "property": p} for i, p in inputs],
        "state": [{"id": id_string(i), "property": p} for i, p in state],
        "prevent_initial_call": prevent, "memoize": False, "server": False, "clientside": None,
        "output_shape": shape or ("single" if len(outs) == 1 else "list"), "arg_names": None,
    }


def item(index, **props):
    return div({"type": "inp", "index": index}, **props)


def out(index):
    return div({"type": "out", "index": index})


def test_match_runs_per_instance_and_triggered_id_is_the_dict():
    entries = [
        pentry(0, "echo", [({"type": "out", "index": MATCH}, "children")],
               [({"type": "inp", "index": MATCH}, "value")], prevent=True),
    ]
    sched = Driver(entries, root(item(0, value="a"), out(0), item(1, value="b"), out(1)))
    seen = []

    def echo(value):
        seen.append(ctx.triggered_id)
        return value.upper()

    sched.start()
    assert sched.next_calls() == []
    sched.changes([{"id": '{"index":1,"type":"inp"}', "prop": "value", "value": "bee"}])
    log = run_all(sched, {"echo": echo})
    assert log == [("echo", ['{"index":1,"type":"inp"}.value'])]
    assert seen == [{"index": 1, "type": "inp"}]
    assert sched.layout.get('{"index":1,"type":"out"}', "children") == "BEE"
    assert sched.layout.get('{"index":0,"type":"out"}', "children") is None


def test_all_collects_every_match_in_layout_order_and_sees_new_items():
    entries = [
        pentry(0, "add", [("list", "children")], [("add", "n_clicks")], [("list", "children")], prevent=True),
        pentry(1, "total", [("sum", "children")], [({"type": "inp", "index": ALL}, "value")]),
    ]
    layout = root(div("add"), div("list", [item(0, value=1)]), div("sum"))
    sched = Driver(entries, layout)

    def add(n, children):
        return children + [item(len(children), value=10 * (len(children) + 1))]

    def total(values):
        return json.dumps([values, bool(ctx.triggered), [t["prop_id"] for t in ctx.triggered]])

    sched.start()
    run_all(sched, {"add": add, "total": total})
    assert sched.layout.get("sum", "children") == json.dumps([[1], False, ["."]])
    sched.changes([{"id": "add", "prop": "n_clicks", "value": 1}])
    log = run_all(sched, {"add": add, "total": total})
    # re-rendered items are inputs of an existing output: a change, triggered by each of them
    assert [n for n, _ in log] == ["add", "total"]
    assert json.loads(sched.layout.get("sum", "children")) == [
        [1, 20], True, ['{"index":0,"type":"inp"}.value', '{"index":1,"type":"inp"}.value']
    ]


def test_allsmaller_sees_only_smaller_indices():
    entries = [
        pentry(0, "running_total",
               [({"type": "out", "index": MATCH}, "children")],
               [({"type": "inp", "index": MATCH}, "value"),
                ({"type": "inp", "index": ALLSMALLER}, "value")]),
    ]
    layout = root(*[x for i in range(3) for x in (item(i, value=i + 1), out(i))])
    sched = Driver(entries, layout)
    sched.start()
    run_all(sched, {"running_total": lambda v, before: v + sum(before)})
    assert [sched.layout.get(id_string({"type": "out", "index": i}), "children") for i in range(3)] == [1, 3, 6]


def test_match_output_inserted_with_its_input_gets_an_initial_call():
    entries = [
        pentry(0, "add", [("list", "children")], [("add", "n_clicks")], [("list", "children")], prevent=True),
        pentry(1, "echo", [({"type": "out", "index": MATCH}, "children")],
               [({"type": "inp", "index": MATCH}, "value")]),
    ]
    sched = Driver(entries, root(div("add"), div("list", [])))

    def add(n, children):
        i = len(children) // 2
        return children + [item(i, value=f"v{i}"), out(i)]

    sched.changes([{"id": "add", "prop": "n_clicks", "value": 1}])
    log = run_all(sched, {"add": add, "echo": lambda v: v + "!"})
    assert log == [("add", ["add.n_clicks"]), ("echo", [])]
    assert sched.layout.get('{"index":0,"type":"out"}', "children") == "v0!"


def test_pattern_dependencies_feed_the_graph_for_ordering():
    entries = [
        pentry(0, "make", [({"type": "inp", "index": ALL}, "value")], [("go", "n_clicks")], prevent=True),
        pentry(1, "total", [("sum", "children")], [({"type": "inp", "index": ALL}, "value")], prevent=True),
    ]
    sched = Driver(entries, root(div("go"), item(0, value=1), item(1, value=2), div("sum")))
    assert sched.graph.downstream[0] == [1]
    sched.changes([{"id": "go", "prop": "n_clicks", "value": 1}])
    log = run_all(sched, {"make": lambda n: [5, 6], "total": lambda vs: sum(vs)})
    assert log[0][0] == "make" and log[1][0] == "total"
    assert sched.layout.get("sum", "children") == 11


def test_all_outputs_matching_nothing_are_not_called_and_emptied_lists_run_again():
    """Dash's rules (its test_missing_outputs): a callback whose only output is an ALL that
    matches nothing is not called; a callback reading ALL items runs again, with an empty
    `triggered`, when they are all removed."""
    entries = [
        pentry(0, "fill", [({"type": "inp", "index": ALL}, "value")], [("go", "n_clicks")]),
        pentry(1, "total", [("sum", "children")], [({"type": "inp", "index": ALL}, "value")]),
        pentry(2, "clear", [("list", "children")], [("clear", "n_clicks")], prevent=True),
    ]
    layout = root(div("go"), div("clear"), div("list", [item(0, value=1), item(1, value=2)]),
                  div("sum"))
    sched = Driver(entries, layout)

    def total(values):
        return f"{sum(values)} {[t['prop_id'] for t in ctx.triggered]}"

    funcs = {"fill": lambda n: [5, 5], "total": total, "clear": lambda n: []}
    sched.start()
    run_all(sched, funcs)
    assert sched.layout.get("sum", "children") == "10 ['{\"index\":0,\"type\":\"inp\"}.value', '{\"index\":1,\"type\":\"inp\"}.value']"
    sched.changes([{"id": "clear", "prop": "n_clicks", "value": 1}])
    log = run_all(sched, funcs)
    assert [name for name, _ in log] == ["clear", "total"]
    assert sched.layout.get("sum", "children") == "0 ['.']"
    sched.changes([{"id": "go", "prop": "n_clicks", "value": 1}])
    assert run_all(sched, funcs) == []  # fill has nothing to write: not called

"""The scheduler's ordering rules, in plain CPython (seed 000's "When are callbacks executed")."""

import json
import sys

import pytest

from pyclient import ctx, no_update
from pyclient.exceptions import (
    CircularDependency,
    DuplicateCallback,
    MissingComponent,
    PreventUpdate,
)
from pyclient.graph import Graph

from pyclient.actions import Cancel, Idle, Ready, Run, Running
from pyclient.events import Change, Step

from .drive import Driver, div, entry, execute, root, run_all


def test_initial_call_has_placeholder_trigger():
    entries = [entry(0, "change_text", [("o1", "children"), ("o2", "children")], [("b", "n_clicks")])]
    sched = Driver(entries, root(div("b"), div("o1", "x"), div("o2", "x")))
    sched.start()
    (call,) = sched.next_calls()
    seen = {}

    def change_text(n):
        seen["truthy"] = bool(ctx.triggered)
        seen["dumps"] = json.dumps(ctx.triggered)
        seen["split"] = ctx.triggered[0]["prop_id"].split(".")
        seen["id"] = ctx.triggered_id
        return ["n_clicks is " + str(n)] * 2

    outcome = execute(sched, call, change_text)
    assert seen == {
        "truthy": False,
        "dumps": '[{"prop_id": ".", "value": null}]',
        "split": ["", ""],
        "id": None,
    }
    assert [(u["id"], u["value"]) for u in outcome.updates] == [
        ("o1", "n_clicks is None"),
        ("o2", "n_clicks is None"),
    ]
    assert not sched.busy


def test_click_triggers_with_prop_and_value():
    entries = [entry(0, "f", [("o", "children")], [("b1", "n_clicks"), ("b2", "n_clicks")])]
    sched = Driver(entries, root(div("b1"), div("b2"), div("o")))
    sched.changes([{"id": "b2", "prop": "n_clicks", "value": 1}])
    (call,) = sched.next_calls()
    assert call.info.triggered == [{"prop_id": "b2.n_clicks", "value": 1}]
    assert call.args == [None, 1]


def _fast_slow():
    return [
        entry(0, "first", [("o1", "children")], [("b3", "n_clicks")]),
        entry(1, "second", [("o2", "children")], [("b4", "n_clicks")]),
        entry(2, "third", [("o3", "children")], [("o1", "children"), ("o2", "children")]),
    ]


def test_dependant_waits_for_slow_upstream():
    layout = root(div("b3"), div("b4"), div("o1"), div("o2"), div("o3"))
    sched = Driver(_fast_slow(), layout)
    sched.changes([{"id": "b4", "prop": "n_clicks", "value": 1}])
    (slow,) = sched.next_calls()
    sched.changes([{"id": "b3", "prop": "n_clicks", "value": 1}])
    (fast,) = sched.next_calls()
    assert fast.name == "first"
    sched.finish(fast, "fast")
    assert sched.next_calls() == []  # third blocked: second is still running
    sched.finish(slow, "slow")
    (third,) = sched.next_calls()
    assert third.name == "third"
    assert [t["prop_id"] for t in third.info.triggered] == ["o1.children", "o2.children"]
    sched.finish(third, "t")
    assert not sched.busy


def test_props_changed_together_give_one_call():
    entries = [
        entry(0, "a", [("x", "children"), ("y", "children")], [("b", "n_clicks")]),
        entry(1, "b", [("z", "children")], [("x", "children"), ("y", "children")]),
    ]
    sched = Driver(entries, root(div("b"), div("x"), div("y"), div("z")))
    log = []
    sched.start()
    run_all(sched, {"a": lambda n: [1, 2], "b": lambda x, y: x + y}, log)
    assert log == [("a", []), ("b", ["x.children", "y.children"])]


def test_prevent_initial_call_chain_runs_nothing_on_load():
    entries = [
        entry(0, "first", [("o1", "children"), ("o2", "children")], [("b", "n_clicks")], prevent=True),
        entry(1, "second", [("o3", "children")], [("o2", "children")], prevent=True),
        entry(2, "third", [("o4", "children")], [("o1", "children"), ("o3", "children")], prevent=True),
    ]
    layout = root(*(div(i) for i in ["b", "o1", "o2", "o3", "o4"]))
    sched = Driver(entries, layout)
    sched.start()
    assert sched.next_calls() == []
    sched.changes([{"id": "b", "prop": "n_clicks", "value": 1}])
    funcs = {"first": lambda n: ["f", "f"], "second": lambda v: "s", "third": lambda a, b: "t"}
    log = run_all(sched, funcs)
    # third waits for second, so it runs once with both inputs changed
    assert log == [
        ("first", ["b.n_clicks"]),
        ("second", ["o2.children"]),
        ("third", ["o1.children", "o3.children"]),
    ]


def test_inserted_input_next_to_existing_output_fires_despite_prevent():
    entries = [
        entry(0, "display_page", [("content", "children")], [("url", "pathname")]),
        entry(1, "update_output", [("output", "children")], [("input", "value")], prevent=True),
        entry(2, "update_layout_div", [("layout-div", "children")], [("input", "value")], prevent=True),
    ]
    layout = root(div("url", pathname="/"), div("layout-div"), div("content"))
    sched = Driver(entries, layout, suppress_callback_exceptions=True)
    inserted = {
        "type": "Div",
        "namespace": "dash_html_components",
        "props": {"children": [div("input", value="hello world"), div("output")]},
    }
    funcs = {
        "display_page": lambda p: inserted,
        "update_output": lambda v: v,
        "update_layout_div": lambda v: v,
    }
    sched.start()
    log = run_all(sched, funcs)
    assert [name for name, _ in log] == ["display_page", "update_layout_div"]
    assert sched.layout.get("layout-div", "children") == "hello world"
    assert sched.layout.get("output", "children") is None


def test_own_outputs_do_not_retrigger_circular_callback():
    entries = [
        entry(0, "sync", [("a", "value"), ("b", "value")], [("a", "value"), ("b", "value")]),
    ]
    sched = Driver(entries, root(div("a", value=3), div("b", value=3)))
    sched.start()
    log = run_all(sched, {"sync": lambda a, b: [a, a]})
    sched.changes([{"id": "b", "prop": "value", "value": 7}])
    run_all(sched, {"sync": lambda a, b: [b, b]}, log)
    assert log == [("sync", []), ("sync", ["b.value"])]
    assert sched.layout.get("a", "value") == 7


def test_cycle_across_callbacks_is_refused_with_names():
    entries = [
        entry(0, "left", [("b", "value")], [("a", "value")]),
        entry(1, "right", [("a", "value")], [("b", "value")]),
    ]
    with pytest.raises(CircularDependency) as err:
        Graph(entries).validate({"a", "b"}, suppress=False)
    text = str(err.value)
    assert '"left"' in text and '"right"' in text
    assert "a.value" in text and "b.value" in text


def test_duplicate_output_needs_allow_duplicate():
    entries = [
        entry(0, "one", [("o", "children")], [("a", "n_clicks")]),
        entry(1, "two", [("o", "children")], [("b", "n_clicks")]),
    ]
    with pytest.raises(DuplicateCallback, match='"o.children"'):
        Graph(entries).validate({"o", "a", "b"}, suppress=False)
    entries[1]["outputs"][0]["allow_duplicate"] = True
    entries[1]["prevent_initial_call"] = True
    Graph(entries).validate({"o", "a", "b"}, suppress=False)


def test_missing_id_names_callback_id_and_property():
    entries = [entry(0, "show", [("out", "children")], [("nope", "value")])]
    with pytest.raises(MissingComponent) as err:
        Graph(entries).validate({"out"}, suppress=False)
    assert 'callback "show"' in str(err.value) and '"nope.value"' in str(err.value)
    Graph(entries).validate({"out"}, suppress=True)


def test_newer_call_supersedes_running_one():
    entries = [entry(0, "f", [("o", "children")], [("i", "value")])]
    sched = Driver(entries, root(div("i"), div("o")))
    sched.changes([{"id": "i", "prop": "value", "value": "a"}])
    (old,) = sched.next_calls()
    sched.changes([{"id": "i", "prop": "value", "value": "ab"}])
    (new,) = sched.next_calls()
    assert sched.finish(new, "ab").updates[0]["value"] == "ab"
    assert sched.finish(old, "a").stale
    assert sched.layout.get("o", "children") == "ab"


def test_prevent_update_unblocks_and_skips_dependants():
    entries = [
        entry(0, "a", [("x", "children")], [("b", "n_clicks")]),
        entry(1, "c", [("y", "children")], [("x", "children")]),
    ]
    sched = Driver(entries, root(div("b"), div("x"), div("y")))

    def a(n):
        raise PreventUpdate

    sched.start()
    log = run_all(sched, {"a": a, "c": lambda x: "never"})
    # c is fed by a's initial call, so it has none of its own; a prevented, so c never ran
    assert log == [("a", [])]
    assert not sched.busy


def test_no_update_leaves_output_and_does_not_trigger():
    entries = [
        entry(0, "a", [("x", "children"), ("z", "children")], [("b", "n_clicks")], prevent=True),
        entry(1, "c", [("y", "children")], [("x", "children")], prevent=True),
    ]
    sched = Driver(entries, root(div("b"), div("x", "keep"), div("y"), div("z")))
    sched.changes([{"id": "b", "prop": "n_clicks", "value": 1}])
    log = run_all(sched, {"a": lambda n: [no_update, "z!"], "c": lambda x: "never"})
    assert log == [("a", ["b.n_clicks"])]
    assert sched.layout.get("x", "children") == "keep"


def test_wrong_arity_is_a_clear_error():
    entries = [entry(0, "two", [("x", "children"), ("y", "children")], [("b", "n_clicks")])]
    sched = Driver(entries, root(div("b"), div("x"), div("y")))
    sched.start()
    (call,) = sched.next_calls()
    outcome = sched.finish(call, [1, 2, 3])
    assert 'Callback "two" returned 3 values but has 2 outputs (x.children, y.children)' in outcome.error
    assert not sched.busy


def test_non_json_value_names_callback_and_output():
    entries = [entry(0, "bad", [("x", "children")], [("b", "n_clicks")])]
    sched = Driver(entries, root(div("b"), div("x")))
    sched.start()
    (call,) = sched.next_calls()
    outcome = sched.finish(call, {1, 2})
    assert 'callback "bad"' in outcome.error and "x.children" in outcome.error
    assert "set" in outcome.error


def test_memo_is_opt_in_and_hit_behaves_like_a_call():
    def make(memoize):
        entries = [
            entry(0, "slow", [("x", "children")], [("i", "value")], memoize=memoize),
            entry(1, "after", [("y", "children")], [("x", "children")]),
        ]
        return Driver(entries, root(div("i", value=1), div("x"), div("y")))

    for memoize in (False, True):
        sched = make(memoize)
        ran = []

        def slow(v, ran=ran):
            ran.append(v)
            return f"x{v}"

        sched.start()
        log = run_all(sched, {"slow": slow, "after": lambda x: f"y{x}"})
        for value in (2, 3, 2):
            sched.changes([{"id": "i", "prop": "value", "value": value}])
            run_all(sched, {"slow": slow, "after": lambda x: f"y{x}"}, log)
        assert sched.layout.get("y", "children") == "yx2"
        assert [n for n, _ in log].count("after") == 4  # dependants ran every time
        # A memo hit is answered inside the scheduler: no call reaches the driver.
        assert [n for n, _ in log].count("slow") == (3 if memoize else 4)
        assert ran == ([1, 2, 3, 2] if not memoize else [1, 2, 3])
        assert sched.counts["slow"] == len(ran)


def _lines_run_by_one_click(n: int) -> int:
    """Python lines the scheduler runs for one change and its call, in an app of n callbacks."""
    entries = [entry(i, f"cb{i}", [(f"o{i}", "children")], [(f"i{i}", "value")], prevent=True)
               for i in range(n)]
    layout = root(*[div(f"i{i}") for i in range(n)], *[div(f"o{i}") for i in range(n)])
    sched = Driver(entries, layout)
    sched.start()
    lines = 0

    def trace(frame, event, arg):
        nonlocal lines
        if event == "line":
            lines += 1
        return trace

    sys.settrace(trace)
    try:
        sched.changes([{"id": "i7", "prop": "value", "value": 1}])
        (call,) = sched.next_calls()
        sched.finish(call, "done")
        sched.next_calls()
    finally:
        sys.settrace(None)
    assert call.name == "cb7" and sched.layout.get("o7", "children") == "done"
    return lines


def test_one_event_touches_only_its_part_of_a_big_graph():
    # The same work in an app ten times larger: no step scans every callback or component.
    assert _lines_run_by_one_click(2000) == _lines_run_by_one_click(200)


def test_mount_changes_join_the_initial_pass_as_triggers():
    entries = [
        entry(0, "page", [("content", "children")], [("url", "pathname")], prevent=True),
        entry(1, "other", [("o", "children")], [("b", "n_clicks")]),
    ]
    sched = Driver(entries, root(div("url"), div("content"), div("b"), div("o")))
    sched.start([{"id": "url", "prop": "pathname", "value": "/"}])
    calls = sorted(sched.next_calls(), key=lambda c: c.name)
    assert [(c.name, c.info.triggered) for c in calls] == [
        ("other", [{"prop_id": ".", "value": None}]),
        ("page", [{"prop_id": "url.pathname", "value": "/"}]),
    ]


def test_a_callback_editing_its_argument_does_not_edit_the_layout():
    entries = [
        entry(0, "first", [("store", "data")], [("a", "value")], [("store", "data")], prevent=True),
        entry(1, "last", [("store", "data")], [("b", "value")], [("store", "data")], prevent=True),
    ]
    entries[1]["outputs"][0]["allow_duplicate"] = True
    sched = Driver(entries, root(div("a"), div("b"), div("store", data={})))
    sched.changes([{"id": "a", "prop": "value", "value": "x"}, {"id": "b", "prop": "value", "value": "y"}])
    first, last = sched.next_calls()

    def edit(key):
        def run(value, data):
            data[key] = value
            return data
        return run

    execute(sched, first, edit("first"))
    execute(sched, last, edit("last"))
    # both calls read the same old state, as in Dash: the last write wins
    assert sched.layout.get("store", "data") == {"last": "y"}


def test_initial_call_skipped_only_when_every_input_is_fed_by_another_initial_call():
    entries = [
        entry(0, "load", [("a", "value"), ("b", "value")], [("go", "n_clicks")]),
        entry(1, "all_fed", [("x", "children")], [("a", "value")]),
        entry(2, "partly_fed", [("y", "children")], [("b", "value"), ("other", "n_clicks")]),
    ]
    sched = Driver(entries, root(*(div(i) for i in ["go", "a", "b", "other", "x", "y"])))

    def load(n):
        raise PreventUpdate

    sched.start()
    log = run_all(sched, {"load": load, "all_fed": lambda a: a, "partly_fed": lambda b, o: b})
    assert sorted(name for name, _ in log) == ["load", "partly_fed"]


def test_progress_outputs_return_to_progress_default_when_the_call_ends():
    e = entry(0, "work", [("result", "children")], [("go", "n_clicks")], prevent=True)
    e.update(progress=[{"id": "bar", "property": "children"}], progress_default="idle")
    sched = Driver([e], root(div("go"), div("result"), div("bar", "idle")))
    sched.changes([{"id": "go", "prop": "n_clicks", "value": 1}])
    (call,) = sched.next_calls()
    sched.progress(call, "step 1")
    assert sched.layout.get("bar", "children") == "step 1"
    outcome = sched.finish(call, "done")
    assert {(u["id"], u["value"]) for u in outcome.updates} == {("result", "done"), ("bar", "idle")}


def test_what_reads_only_outputs_of_a_callback_missing_an_input_waits_for_it():
    """Dash's rule (its test_missing_inputs): out1 cannot run (input "a" is not there yet), so
    out2, whose only input is out1's output, gets no initial call either; out3 has another
    input and runs. Once "a" arrives, out1 runs and out2 follows."""
    callbacks = [
        entry(0, "out1", [("out1", "children")], [("a", "children")]),
        entry(1, "out2", [("out2", "children")], [("out1", "children")]),
        entry(2, "out3", [("out3", "children")], [("out1", "children"), ("title", "children")]),
        entry(3, "content", [("content", "children")], [("btn", "n_clicks")], prevent=True),
    ]
    layout = root(div("title", "T"), div("btn"), div("content"), div("out1", "init"),
                  div("out2"), div("out3"))
    sched = Driver(callbacks, layout)
    sched.start()
    funcs = {"out1": lambda a: a + "!", "out2": lambda x: x + " 2", "out3": lambda x, t: x + t,
             "content": lambda n: div("a", "A")}
    log = run_all(sched, funcs)
    assert [name for name, _ in log] == ["out3"]
    sched.changes([{"id": "btn", "prop": "n_clicks", "value": 1}])
    log = run_all(sched, funcs)
    assert [name for name, _ in log] == ["content", "out1", "out2", "out3"]


def _kinds(actions):
    return [type(a).__name__ for a in actions]


def test_input_made_while_loading_is_replayed_one_event_at_a_time():
    entries = [entry(0, "echo", [("o", "children")], [("i", "value")])]
    sched = Driver(entries, root(div("i", value=0), div("o")))
    sched.start()
    (initial,) = sched.next_calls()
    for seq in (1, 2):  # typed while the initial call still ran
        assert sched.send(Change(({"id": "i", "prop": "value", "value": seq},), seq, early=True)) == []
    sched.finish(initial, "0")
    actions = sched.send(Step())
    assert _kinds(actions) == ["Running", "Ready", "Busy", "Run", "Running"]
    first = actions[3].call
    assert first.args == [1] and first.info.triggered == [{"prop_id": "i.value", "value": 1}]
    sched.finish(first, "1")
    actions = sched.send(Step())  # the second event only now: each waits for the one before
    second = next(a.call for a in actions if isinstance(a, Run))
    assert second.args == [2]
    sched.finish(second, "2")
    assert _kinds(sched.send(Step())) == ["Running", "Idle"]
    assert sched.actions[-1] == Idle(2, {"echo": 3})


def test_a_cancel_input_lets_the_running_background_call_go():
    job = entry(0, "job", [("result", "children")], [("go", "n_clicks")], prevent=True)
    job.update(background=True, cancel=[{"id": "stop", "property": "n_clicks"}],
               running=[{"id": "go", "property": "disabled", "on": True, "off": False}])
    sched = Driver([job], root(div("go"), div("stop"), div("result", "idle")))
    sched.start()
    sched.changes([{"id": "go", "prop": "n_clicks", "value": 1}], seq=1)
    (call,) = sched.next_calls()
    assert sched.layout.get("go", "disabled") is True
    actions = sched.send(Change(({"id": "stop", "prop": "n_clicks", "value": 1},), 2))
    assert Cancel((call,)) in actions
    assert sched.layout.get("go", "disabled") is False  # the running= prop is restored at once
    assert sched.finish(call, "late").updates == []  # whatever it says later is ignored
    assert sched.layout.get("result", "children") == "idle"
    assert _kinds(sched.send(Step())) == ["Idle"]


def test_running_reports_only_the_outputs_that_started_or_stopped():
    entries = [entry(0, "a", [("x", "children")], [("i", "value")]),
               entry(1, "b", [("y", "children")], [("i", "value")])]
    sched = Driver(entries, root(div("i"), div("x"), div("y")))
    sched.start()
    assert [a for a in sched.actions if isinstance(a, Running)] == [
        Running((("x", "children"), ("y", "children")), ())]
    a, b = sched.next_calls()
    sched.finish(a, "done")
    assert not isinstance(sched.actions[-1], Running)  # told with the next calls, if any
    assert sched.send(Step()) == [Running((), (("x", "children"),))]
    sched.finish(b, "done")
    assert sched.send(Step()) == [Running((), (("y", "children"),)), Ready({"a": 1, "b": 1}),
                                  Idle(0, {"a": 1, "b": 1})]


def test_an_error_names_what_the_inputs_and_states_held():
    entries = [entry(0, "boom", [("o", "children")], [("i", "value")], state=[("s", "data")])]
    sched = Driver(entries, root(div("i", value=3), div("s", data={"k": 1}), div("o")))
    sched.start()
    (call,) = sched.next_calls()
    sched.fail(call, "ValueError: no")
    error = sched.actions[-1]
    assert (error.callback, error.message) == ("boom", "ValueError: no")
    assert error.inputs == (("i.value", 3), ("s.data", {"k": 1}))

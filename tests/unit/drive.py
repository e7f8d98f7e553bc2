"""A tiny synchronous driver for scheduler tests: runs calls in CPython, in the order given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyclient import context
from pyclient.exceptions import PreventUpdate
from pyclient.scheduler import Call, Scheduler


def entry(index, name, outputs, inputs, state=(), prevent=False, memoize=False, shape=None):
    """A spec callback entry from ("id", "prop") tuples."""
    outs = [{"id": i, "property": p, "allow_duplicate": False} for i, p in outputs]
    return {
        "index": index,
        "name": name,
        "outputs": outs,
        "inputs": [{"id": i, "property": p} for i, p in inputs],
        "state": [{"id": i, "property": p} for i, p in state],
        "prevent_initial_call": prevent,
        "memoize": memoize,
        "server": False,
        "clientside": None,
        "output_shape": shape or ("single" if len(outs) == 1 else "list"),
        "arg_names": None,
    }


def div(id_, children=None, **props):
    return {"type": "Div", "namespace": "dash_html_components", "props": {"id": id_, "children": children, **props}}


def root(*children):
    return {"type": "Div", "namespace": "dash_html_components", "props": {"children": list(children)}}


def execute(sched: Scheduler, call: Call, func: Callable[..., Any]):
    """Run one call with its ctx; returns the Outcome (or None when prevented)."""
    if call.memo_hit:
        return sched.finish(call, None)
    token = context.activate(call.info)
    try:
        value = func(*call.args, **call.kwargs)
    except PreventUpdate:
        sched.prevent(call)
        return None
    finally:
        context.deactivate(token)
    return sched.finish(call, value, call.info.side_updates)


def run_all(sched: Scheduler, funcs: dict[str, Callable[..., Any]], log: list | None = None):
    """Run until idle, one call at a time in start order; log (name, triggered prop ids)."""
    log = [] if log is None else log
    queue: list[Call] = []
    while True:
        queue.extend(sched.next_calls())
        if not queue:
            return log
        call = queue.pop(0)
        log.append((call.name, [t["prop_id"] for t in call.info.triggered if call.info.triggered]))
        execute(sched, call, funcs[call.name])

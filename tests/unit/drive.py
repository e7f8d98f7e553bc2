"""The plain-CPython test driver: a Scheduler behind the old step-by-step verbs, so a test can
hold calls, finish them in any order and look at what each step produced. Every verb is one
`send(event)`; the actions come back as they would reach the page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pyclient import context
from pyclient.actions import Action, Run, ShowError, Update
from pyclient.calls import Call
from pyclient.events import Change, Fail, Prevent, Progress, Return, Start, Step
from pyclient.exceptions import PreventUpdate
from pyclient.scheduler import Scheduler


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


@dataclass
class Outcome:
    """What one finished call produced: prop updates (wire form) and an error, if any."""

    updates: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    stale: bool = False


class Driver:
    """Holds the Run actions until the test asks for them (`next_calls`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.scheduler = Scheduler(*args, **kwargs)
        self.actions: list[Action] = []  # everything the scheduler asked for, in order
        self._runs: list[Call] = []

    def __getattr__(self, name: str) -> Any:  # layout, graph, busy, requested...
        return getattr(self.scheduler, name)

    def send(self, event: Any) -> list[Action]:
        actions = self.scheduler.send(event)
        self.actions += actions
        self._runs += [a.call for a in actions if isinstance(a, Run)]
        return actions

    def start(self, mount_changes=()) -> None:
        self.send(Start(tuple(mount_changes)))

    def changes(self, changes, seq: int = 0) -> None:
        self.send(Change(tuple(changes), seq))

    def next_calls(self) -> list[Call]:
        self.send(Step())
        calls, self._runs = self._runs, []
        return calls

    def finish(self, call: Call, value: Any, side_updates=()) -> Outcome:
        current = self.scheduler.running.get(call.slot) is call
        return _outcome(self.send(Return(call.serial, value, tuple(side_updates))), stale=not current)

    def prevent(self, call: Call) -> Outcome:
        return _outcome(self.send(Prevent(call.serial)))

    def fail(self, call: Call, message: str = "failed", traceback: str = "") -> Outcome:
        return _outcome(self.send(Fail(call.serial, message, traceback)))

    def progress(self, call: Call, value: Any) -> Outcome:
        return _outcome(self.send(Progress(call.serial, value)))


def _outcome(actions: list[Action], stale: bool = False) -> Outcome:
    updates = [c._asdict() for a in actions if isinstance(a, Update) for c in a.changes]
    errors = [a.message for a in actions if isinstance(a, ShowError)]
    return Outcome(updates, errors[0] if errors else None, stale)


def execute(sched: Driver, call: Call, func: Callable[..., Any]):
    """Run one call with its ctx; returns the Outcome (or None when prevented)."""
    token = context.activate(call.info)
    try:
        value = func(*call.args, **call.kwargs)
    except PreventUpdate:
        sched.prevent(call)
        return None
    finally:
        context.deactivate(token)
    return sched.finish(call, value, call.info.side_updates)


def run_all(sched: Driver, funcs: dict[str, Callable[..., Any]], log: list | None = None):
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

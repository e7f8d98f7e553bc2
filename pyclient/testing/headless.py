"""A Dash app driven through the scheduler in plain CPython: the same ordering, ctx, Patch,
set_props, no_update and running= as in the page, with the callbacks called in-process (server
callbacks too: CPython has pandas). What only a browser has is out of reach: clientside
(JavaScript) callbacks raise HeadlessUnsupported, and props components set by themselves
(a Store's timestamp, a Location's URL) are not simulated."""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import time
from pathlib import Path
from typing import Any

from .. import callbacks, pages
from ..actions import Run, ShowError
from ..calls import Call
from ..dependencies import id_string
from ..events import Change, Progress, Start, Step
from ..invoke import Invoker, run_here
from ..loader import load_app
from ..scheduler import Scheduler


class HeadlessUnsupported(RuntimeError):
    """The app needs the browser for this (a clientside callback): use the browser fixture."""


class HeadlessApp:
    def __init__(self, app_file: str | Path) -> None:
        self.path = Path(app_file).resolve()
        # The module-level registries are global: this app gets its own, read right away.
        callbacks.GLOBAL_CALLBACKS.clear()
        pages.page_registry.clear()
        self.app, self.module = load_app(self.path)
        with contextlib.chdir(self.path.parent):
            spec = self.app.spec()
        self.defs = self.app.all_callbacks()
        self.scheduler = Scheduler(spec["callbacks"], spec["layout"],
                                   suppress_callback_exceptions=self.app.suppress_callback_exceptions)
        self.errors: list[ShowError] = []
        self.invoker = Invoker()
        # Its own loop in its own thread: the test's thread may run one already (Playwright's
        # sync API, a notebook), and callbacks may be async.
        self._loop = asyncio.new_event_loop()
        self._thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="pyclient")
        self._seq = 0
        self._typed: dict[str, Any] = {}  # what a debounce=True input holds, not yet sent
        self._settle(Start(()))

    def close(self) -> None:
        """Stop the thread and loop the callbacks ran in."""
        self._thread.submit(self._loop.close).result()
        self._thread.shutdown()

    # -- what a person does ---------------------------------------------------------------------
    def click(self, component_id: Any) -> None:
        """A click: n_clicks + 1 (and its timestamp), as a button's setProps does."""
        clicks = self.prop(component_id, "n_clicks") or 0
        self.set(component_id, n_clicks=clicks + 1, n_clicks_timestamp=int(time.time() * 1000))

    def fill(self, component_id: Any, value: Any) -> None:
        """Typing a whole value into an input at once, as dcc.Input takes it: one change of
        `value` (a number for type="number"), or none yet with debounce=True (sent by submit)."""
        key = id_string(component_id)
        if self._input_prop(key, "debounce") is True:
            self._typed[key] = value
            return
        self._typed.pop(key, None)
        self.set(component_id, value=self._typed_value(key, value))

    def submit(self, component_id: Any) -> None:
        """Enter in an input: n_submit + 1 (and its timestamp), with the typed value when the
        input has debounce=True; dcc.Input sends them as one event."""
        key = id_string(component_id)
        props = {"n_submit": (self.prop(component_id, "n_submit") or 0) + 1,
                 "n_submit_timestamp": int(time.time() * 1000)}
        if key in self._typed:
            props["value"] = self._typed_value(key, self._typed[key])
            del self._typed[key]
        self.set(component_id, **props)

    def set(self, component_id: Any, **props: Any) -> None:
        """Props changed together by one event; returns once every callback is done."""
        key = id_string(component_id)
        if not self.scheduler.layout.has(key):
            raise KeyError(f'No component with id "{key}" is in the layout now.')
        self._seq += 1
        changes = tuple({"id": key, "prop": p, "value": v} for p, v in props.items())
        self._settle(Change(changes, self._seq))

    # -- what a test reads ----------------------------------------------------------------------
    def prop(self, component_id: Any, name: str) -> Any:
        return self.scheduler.layout.get(id_string(component_id), name)

    def text(self, component_id: Any) -> str:
        """The component's text as the DOM would hold it, from its children (strings, numbers,
        components, lists)."""
        return _text(self.prop(component_id, "children"))

    def value(self, component_id: Any) -> str:
        """An input's value as its DOM holds it: the text typed, "" for none."""
        key = id_string(component_id)
        if key in self._typed:
            return str(self._typed[key])
        return _text(self.prop(component_id, "value"))

    def exists(self, component_id: Any) -> bool:
        """Is the component in the layout now?"""
        return self.scheduler.layout.has(id_string(component_id))

    def calls(self) -> collections.Counter:
        """How many times each callback ran (memo hits are no calls)."""
        return collections.Counter({n: c for n, c in self.scheduler.counts.items() if c})

    def _input_prop(self, key: str, name: str) -> Any:
        """A prop of a dcc.Input (None for any other component)."""
        component = self.scheduler.layout.component(key) or {}
        if (component.get("namespace"), component.get("type")) != (
                "dash_core_components", "Input"):
            return None
        return component["props"].get(name)

    def _typed_value(self, key: str, value: Any) -> Any:
        """What dcc.Input sends for typed text: a number for type="number" (None when empty)."""
        if self._input_prop(key, "type") != "number" or not isinstance(value, str):
            return value
        if not value.strip():
            return None
        try:
            number = float(value)
        except ValueError:
            raise ValueError(
                f'"{value}" is not a number: the input "{key}" has type="number".') from None
        return int(number) if number.is_integer() else number

    # -- the driver loop ------------------------------------------------------------------------
    def _settle(self, event: Any) -> None:
        with contextlib.chdir(self.path.parent):  # apps read files next to themselves
            self._thread.submit(self._loop.run_until_complete, self._drive(event)).result()

    async def _drive(self, event: Any) -> None:
        running: list[asyncio.Task] = []  # in the order they started
        actions = self.scheduler.send(event)
        while True:
            for action in actions:
                if isinstance(action, Run):
                    running.append(asyncio.ensure_future(self._run(action.call)))
                elif isinstance(action, ShowError):
                    self.errors.append(action)
            if not running:
                return
            await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            # Calls that ended together answer in the order they started, as in the worker.
            done = [task for task in running if task.done()]
            running = [task for task in running if not task.done()]
            actions = [a for task in done for a in self.scheduler.send(task.result())]
            actions += self.scheduler.send(Step())

    async def _run(self, call: Call) -> Any:
        entry = call.entry
        if entry.get("clientside") is not None:
            raise HeadlessUnsupported(
                f'Callback "{call.name}" is a clientside (JavaScript) callback: only a browser '
                "runs it. Test this app with the browser fixture (pyclient_browser).")
        args = list(call.args)
        if entry.get("background") and entry.get("progress"):
            args.insert(0, lambda value: self.errors.extend(
                a for a in self.scheduler.send(Progress(call.serial, value)) if isinstance(a, ShowError)))
        return await run_here(self.invoker, self.app, self.defs[call.index], call, tuple(args))

def _text(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # as JavaScript prints a whole number
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list):
        return "".join(_text(v) for v in value)
    if isinstance(value, dict) and "props" in value:
        return _text(value["props"].get("children"))
    return ""

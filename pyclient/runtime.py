"""The worker-side driver: feeds the scheduler, runs callbacks in Pyodide, posts updates.

Only this module knows about the browser. Messages are JSON strings (docs/protocol.md).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from . import compat, context, hooks
from .exceptions import PreventUpdate
from .jsonify import to_json_value
from .scheduler import Call, Scheduler

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
_runtime: Runtime | None = None


def start(spec_json: str, post: Callable[[str], None]) -> None:
    """Called once by worker.js after Pyodide and the bundle are loaded."""
    global _runtime
    _runtime = Runtime(json.loads(spec_json), post)
    _runtime.boot()


def receive(message_json: str) -> None:
    """Called by worker.js for every message from the main thread."""
    if _runtime is not None:
        _runtime.receive(json.loads(message_json))


def _user_traceback(exc: BaseException) -> str:
    """The traceback without pyclient's own frames: the author's code is what matters."""
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if not os.path.abspath(f.filename).startswith(_PACKAGE_DIR)
    ]
    lines = ["Traceback (most recent call last):\n"] + traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)


class _Sleeper:
    """`time.sleep` that yields to other callbacks when JSPI allows it (see DESIGN, Traps)."""

    def __init__(self) -> None:
        self.original = time.sleep
        try:
            from pyodide.ffi import can_run_sync, run_sync

            self.can_run_sync, self.run_sync = can_run_sync, run_sync
        except ImportError:
            self.can_run_sync = None

    def __call__(self, seconds: float) -> None:
        if self.can_run_sync is not None and self.can_run_sync():
            saved = context.current()
            self.run_sync(asyncio.sleep(seconds))
            context.activate(saved)  # another call may have run meanwhile
        else:
            self.original(seconds)


class Runtime:
    def __init__(self, spec: dict[str, Any], post: Callable[[str], None]) -> None:
        self.spec = spec
        self._post = post
        self.counts = {cb["name"]: 0 for cb in spec["callbacks"]}
        self.ready = False
        self.queued: list[dict[str, Any]] = []
        self.last_seq = 0
        self.tasks: set[asyncio.Future] = set()
        self.results: dict[int, tuple[str, Any]] = {}
        self.pending_calls: dict[int, Call] = {}
        self._promising: Any = None
        self.clientside_waiters: dict[int, asyncio.Future] = {}

    def post(self, message: dict[str, Any]) -> None:
        self._post(json.dumps(message, ensure_ascii=False))

    # -- boot -------------------------------------------------------------------------------
    def boot(self) -> None:
        worker = self.spec["worker"]
        compat.install(browser=True)
        self._setup_jspi()  # before the app imports time.sleep
        os.chdir(worker["app_dir"])
        self.post({"type": "status", "text": "Starting the app…"})
        module = importlib.import_module(worker["app_module"])
        app = getattr(module, "app", None)
        self.defs = app.all_callbacks()
        layout = self.spec["layout"]
        if self.spec.get("layout_is_function"):
            layout = to_json_value(app.resolved_layout(), "the layout")
            self.post({"type": "layout", "layout": layout})
        self.scheduler = Scheduler(
            self.spec["callbacks"],
            layout,
            suppress_callback_exceptions=self.spec["config"].get("suppress_callback_exceptions"),
        )
        self.scheduler.start(self.spec.get("initial_changes") or [])
        self.pump()

    def _setup_jspi(self) -> None:
        try:
            from pyodide.code import run_js
            from pyodide.ffi import create_proxy
        except ImportError:
            return
        try:
            self._promising = run_js(
                "(f, serial) => (typeof WebAssembly.Suspending === 'function' && f.callPromising)"
                " ? f.callPromising(serial) : null"
            )
            self._invoke_proxy = create_proxy(self._invoke_serial)
        except Exception:  # noqa: BLE001 - JSPI is optional; fall back to direct calls
            self._promising = None
        time.sleep = _Sleeper()

    # -- messages -----------------------------------------------------------------------------
    def receive(self, message: dict[str, Any]) -> None:
        if message.get("type") == "clientside_result":
            waiter = self.clientside_waiters.pop(message.get("serial"), None)
            if waiter is not None and not waiter.done():
                waiter.set_result(message)
            return
        if message.get("type") != "changes":
            return
        if not self.ready:
            self.queued.append(message)  # user input before the initial calls finished
            return
        self._apply_changes([message])

    def _apply_changes(self, messages: list[dict[str, Any]]) -> None:
        for message in messages:
            self.last_seq = max(self.last_seq, int(message.get("seq", 0)))
            self.scheduler.changes(message.get("changes", []))
        self.post({"type": "busy"})
        self.pump()

    # -- running calls ------------------------------------------------------------------------
    def pump(self) -> None:
        for call in self.scheduler.next_calls():
            task = asyncio.ensure_future(self._run(call))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        if not self.scheduler.busy and not self.tasks:
            self._on_idle()

    def _on_idle(self) -> None:
        if not self.ready:
            self.ready = True
            self.post({"type": "ready", "calls": self.counts})
            if self.queued:
                queued, self.queued = self.queued, []
                self._apply_changes(queued)
                return
        self.post({"type": "idle", "seq": self.last_seq, "calls": self.counts})

    async def _run(self, call: Call) -> None:
        if call.running_on:
            self.post({"type": "update", "changes": call.running_on})
        try:
            if call.memo_hit:
                self._report(call, self.scheduler.finish(call, None))
            else:
                await self._execute(call)
        finally:
            # Yield so queued user events reach the scheduler before it picks the next calls.
            await asyncio.sleep(0)
            self.tasks.discard(asyncio.current_task())
            self.pump()

    async def _execute(self, call: Call) -> None:
        definition = self.defs[call.node.index]
        self.counts[call.name] = self.counts.get(call.name, 0) + 1
        if call.node.clientside is not None:
            await self._execute_clientside(call)
            return
        try:
            call.info.custom_data = hooks.custom_data_for(call.info)
        except Exception as exc:  # noqa: BLE001 - a failing hook is that call's error
            self._report(call, self.scheduler.fail(call))
            self._error(call, f"dash.hooks.custom_data failed: {exc}", _user_traceback(exc))
            return
        if definition.is_async:
            token = context.activate(call.info)
            try:
                outcome = ("ok", await definition.func(*call.args, **call.kwargs))
            except BaseException as exc:  # noqa: BLE001 - reported to the page
                outcome = ("err", exc)
            finally:
                context.deactivate(token)
        else:
            outcome = await self._call_sync(call)
        kind, value = outcome
        if kind == "ok":
            self._report(call, self.scheduler.finish(call, value, call.info.side_updates))
        elif isinstance(value, PreventUpdate):
            self._report(call, self.scheduler.prevent(call))
        else:
            self._report(call, self.scheduler.fail(call))
            self._error(call, f"{type(value).__name__}: {value}", _user_traceback(value))
            hooks.run_error_hooks(value)

    async def _execute_clientside(self, call: Call) -> None:
        """Ask the main thread to run a JavaScript callback; ordering stays here."""
        waiter = asyncio.get_running_loop().create_future()
        self.clientside_waiters[call.serial] = waiter
        info = call.info
        self.post({
            "type": "clientside",
            "serial": call.serial,
            "callback": call.name,
            "clientside": call.node.clientside,
            "args": call.args or list(call.kwargs.values()),
            "info": {
                "triggered": list(info.triggered) if info.triggered else [],
                "triggered_id": info.triggered_ids[0] if info.triggered_ids else None,
                "inputs_list": info.inputs_list,
                "states_list": info.states_list,
                "outputs_list": info.outputs_list,
            },
        })
        result = await waiter
        side = [(cid, props) for cid, props in result.get("side_updates") or []]
        if result["status"] == "ok":
            self._report(call, self.scheduler.finish(call, result.get("value"), side))
        elif result["status"] == "prevent":
            self._report(call, self.scheduler.prevent(call))
        else:
            self._report(call, self.scheduler.fail(call))
            self._error(call, f"Clientside callback failed: {result.get('message')}", result.get("stack", ""))

    async def _call_sync(self, call: Call) -> tuple[str, Any]:
        self.pending_calls[call.serial] = call
        promise = None
        if self._promising is not None:
            promise = self._promising(self._invoke_proxy, call.serial)
        if promise is not None:
            await promise
        else:
            self._invoke_serial(call.serial)
        return self.results.pop(call.serial)

    def _invoke_serial(self, serial: int) -> None:
        call = self.pending_calls.pop(int(serial))
        func = self.defs[call.node.index].func
        token = context.activate(call.info)
        try:
            self.results[call.serial] = ("ok", func(*call.args, **call.kwargs))
        except BaseException as exc:  # noqa: BLE001 - reported to the page
            self.results[call.serial] = ("err", exc)
        finally:
            context.deactivate(token)

    def _report(self, call: Call, outcome: Any) -> None:
        if outcome.updates:
            self.post({"type": "update", "changes": outcome.updates})
        if outcome.error:
            self._error(call, outcome.error, "")
        if call.info.timing:
            self.post({"type": "timing", "callback": call.name, "timing": call.info.timing})

    def _error(self, call: Call, message: str, trace: str) -> None:
        print(f'Error in callback "{call.name}": {message}\n{trace}', file=sys.stderr)
        self.post({"type": "error", "callback": call.name, "message": message, "traceback": trace})

"""The worker-side driver: feeds the scheduler, runs callbacks in Pyodide, posts updates.

Only this module (with invoke.py and background.py) knows about the browser. Messages are JSON
strings (docs/protocol.md).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from . import compat, hooks, pages
from .background import Executor
from .exceptions import PreventUpdate
from .invoke import Invoker, patch_sleep, recover, user_traceback
from .jsonify import to_json_value
from .remote_call import info_message
from .scheduler import Call, Scheduler

_driver: Any = None


def prepare(worker_json: str) -> None:
    """Import the app ahead of time, at build time, for the memory snapshot (snapshot.mjs): what
    runs here runs once for every visitor, as an app's module code runs once when a Dash server
    starts. Only pure Python and no JS objects may be held. A Dash Pages app is not imported:
    its module code builds links from the folder the site is served from, known only then."""
    worker = json.loads(worker_json)
    compat.install(browser=True)
    patch_sleep()
    os.chdir(worker["app_dir"])
    if worker.get("import_app", True):
        importlib.import_module(worker["app_module"])
    import gc

    gc.collect()


def _fresh_random() -> None:
    """Every visitor restores the same snapshot: reseed, or all would draw the same numbers."""
    import random

    random.seed()


def start(spec_json: str, post: Callable[[str], None]) -> None:
    """Called once by worker.js after Pyodide and the bundle are loaded."""
    global _driver
    _fresh_random()
    _driver = Runtime(json.loads(spec_json), post)
    _driver.boot()


def start_executor(spec_json: str, post: Callable[[str], None]) -> None:
    """Called by worker.js in the background worker (background=True callbacks)."""
    global _driver
    _fresh_random()
    _driver = Executor(json.loads(spec_json), post)
    _driver.boot()


def receive(message_json: str) -> None:
    """Called by worker.js for every message from the main thread (or the executor)."""
    if _driver is not None:
        _driver.receive(json.loads(message_json))


def receive_early(message_json: str) -> None:
    """Called by worker.js for input made while Python was loading: replayed in order, one event
    at a time, each after the previous one's callbacks are done."""
    if isinstance(_driver, Runtime):
        _driver.queued.append(json.loads(message_json))
        if not _driver.scheduler.busy and not _driver.tasks:
            _driver._on_idle()
    else:
        receive(message_json)


class Runtime:
    def __init__(self, spec: dict[str, Any], post: Callable[[str], None]) -> None:
        self.spec = spec
        self._post = post
        self.counts = {cb["name"]: 0 for cb in spec["callbacks"]}
        self.ready = False
        self.queued: list[dict[str, Any]] = []
        self.last_seq = 0
        self.tasks: set[asyncio.Future] = set()
        self.waiters: dict[tuple[str, int], asyncio.Future] = {}
        self.background_calls: dict[int, Call] = {}
        self._last_running: list[tuple[str, str]] = []

    def post(self, message: dict[str, Any]) -> None:
        self._post(json.dumps(message, ensure_ascii=False))

    # -- boot -------------------------------------------------------------------------------
    def boot(self) -> None:
        worker = self.spec["worker"]
        compat.install(browser=True)
        self.invoker = Invoker()  # before the app imports time.sleep
        os.chdir(worker["app_dir"])
        root = self.spec.get("root") or "/"
        pages.set_root(root)
        module = importlib.import_module(worker["app_module"])
        app = self.app = getattr(module, worker.get("app_name", "app"))
        self.defs = app.all_callbacks()
        if len(self.defs) != len(self.spec["callbacks"]):
            raise RuntimeError(
                f"The browser's copy of the app registers {len(self.defs)} callbacks where the "
                f"build found {len(self.spec['callbacks'])}: a callback is registered "
                "conditionally. Register every callback unconditionally, then rebuild."
            )
        layout = self.spec["layout"]
        if self.spec.get("server_layout") is not None:
            # A layout function that needs the server's data: the server called it for this load.
            layout = self.spec["server_layout"]
            self.post({"type": "layout", "layout": layout})
        # Page links depend on the folder the site is served from: rebuild them there.
        elif self.spec.get("layout_is_function") or (root != "/" and pages.page_registry):
            layout = to_json_value(app.resolved_layout(), "the layout", plotly_rules=True)
            self.post({"type": "layout", "layout": layout})
        self.scheduler = Scheduler(
            self.spec["callbacks"],
            layout,
            suppress_callback_exceptions=self.spec["config"].get("suppress_callback_exceptions"),
        )
        if any(cb.get("background") for cb in self.spec["callbacks"]):
            self.post({"type": "bg_warm"})  # the executor loads while the page starts
        self.scheduler.start(self.spec.get("initial_changes") or [])
        self.pump()

    # -- messages -----------------------------------------------------------------------------
    def receive(self, message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind in ("clientside_result", "bg_done", "server_result"):
            waiter = self.waiters.pop((kind, message.get("serial")), None)
            if waiter is not None and not waiter.done():
                waiter.set_result(message)
        elif kind in ("bg_progress", "server_progress"):
            self._progress(message)
        elif kind == "fatal":  # only the background executor sends this one
            for key, waiter in list(self.waiters.items()):
                if key[0] == "bg_done" and not waiter.done():
                    waiter.set_result({"status": "error", "message": message.get("message", ""),
                                       "traceback": ""})
        elif kind == "changes":
            if not self.ready or self.queued:
                self.queued.append(message)  # input before the initial calls finished
            else:
                self._apply_changes([message])

    def _apply_changes(self, messages: list[dict[str, Any]]) -> None:
        for message in messages:
            self.last_seq = max(self.last_seq, int(message.get("seq", 0)))
            changes = message.get("changes", [])
            self._cancel_background({(c["id"], c["prop"]) for c in changes})
            self.scheduler.changes(changes)
        self.post({"type": "busy"})
        self.pump()

    # -- running calls ------------------------------------------------------------------------
    def pump(self) -> None:
        for call in self.scheduler.next_calls():
            task = asyncio.ensure_future(self._run(call))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        self._post_running()
        if not self.scheduler.busy and not self.tasks:
            self._on_idle()

    def _post_running(self) -> None:
        """The outputs being computed right now (dcc.Loading shows its spinner for them)."""
        outputs = sorted(
            {(k[0], k[1]) for call in self.scheduler.running.values()
             for resolved in call.outputs for k in resolved.keys}
        )
        if outputs != self._last_running:
            self._last_running = outputs
            self.post({"type": "running", "outputs": [{"id": i, "prop": p} for i, p in outputs]})

    def _on_idle(self) -> None:
        if not self.ready:
            self.ready = True
            self.post({"type": "ready", "calls": self.counts})
        if self.queued:
            # Input made while Python was loading, one event at a time as it happened (each
            # Interval tick or keystroke gets its own calls, as in Dash).
            self._apply_changes([self.queued.pop(0)])
            return
        self.post({"type": "idle", "seq": self.last_seq, "calls": self.counts})

    async def _run(self, call: Call) -> None:
        if call.running_on:
            self.post({"type": "update", "changes": call.running_on})
        try:
            if call.memo_hit:
                self._report(call, self.scheduler.finish(call, None))
            else:
                self.counts[call.name] = self.counts.get(call.name, 0) + 1
                await self._execute(call)
        finally:
            # Yield so queued user events reach the scheduler before it picks the next calls.
            await asyncio.sleep(0)
            self.tasks.discard(asyncio.current_task())
            self.pump()

    async def _execute(self, call: Call) -> None:
        entry = call.node.entry
        if entry.get("clientside") is not None:
            result = await self._remote(call, "clientside_result", self._clientside_message(call))
            if result["status"] == "error":
                result = {**result, "message": f"Clientside callback failed: {result.get('message')}",
                          "traceback": result.get("stack", "")}
        elif entry.get("background"):
            # In the second worker, or a job on the server: progress and cancel= reach it here.
            self.background_calls[call.serial] = call
            try:
                if entry.get("server"):
                    result = await self._remote(call, "server_result", self._server_message(call))
                else:
                    result = await self._remote(call, "bg_done", self._background_message(call))
            finally:
                self.background_calls.pop(call.serial, None)
        elif entry.get("server"):
            result = await self._remote(call, "server_result", self._server_message(call))
        else:
            result = await self._local(call)
        side = [(cid, props) for cid, props in result.get("side_updates") or []]
        status = result["status"]
        if status == "ok":
            self._report(call, self.scheduler.finish(call, result.get("value"), side))
        elif status in ("prevent", "cancelled"):
            self._report(call, self.scheduler.prevent(call))
        else:
            self._report(call, self.scheduler.fail(call))
            self._error(call, result["message"], result.get("traceback", ""))

    async def _local(self, call: Call) -> dict[str, Any]:
        definition = self.defs[call.node.index]
        try:
            call.info.custom_data = hooks.custom_data_for(call.info)
        except Exception as exc:  # noqa: BLE001 - a failing hook is that call's error
            return {"status": "error", "message": f"dash.hooks.custom_data failed: {exc}",
                    "traceback": user_traceback(exc)}
        kind, value = await self.invoker.call(definition.func, call.args, call.kwargs, call.info)
        kind, value = recover(self.app.error_handler(definition), kind, value, call.info)
        if kind == "ok":
            return {"status": "ok", "value": value, "side_updates": call.info.side_updates}
        if isinstance(value, PreventUpdate):
            return {"status": "prevent", "side_updates": call.info.side_updates}
        hooks.run_error_hooks(value)
        return {"status": "error", "message": f"{type(value).__name__}: {value}",
                "traceback": user_traceback(value)}

    async def _remote(self, call: Call, reply: str, message: dict[str, Any]) -> dict[str, Any]:
        """Send a call elsewhere (main thread, background worker) and wait for its reply."""
        waiter = asyncio.get_running_loop().create_future()
        self.waiters[(reply, call.serial)] = waiter
        self.post(message)
        return await waiter

    def _call_info(self, call: Call) -> dict[str, Any]:
        return info_message(call.info)

    def _server_message(self, call: Call) -> dict[str, Any]:
        """worker.js POSTs `body` to the app's server (docs/protocol.md, "Server callbacks")."""
        body = {"index": call.node.index, "name": call.name, "args": call.args,
                "kwargs": call.kwargs, "info": self._call_info(call)}
        return {"type": "server_call", "serial": call.serial, "callback": call.name,
                "body": json.dumps(body, ensure_ascii=False)}

    def _clientside_message(self, call: Call) -> dict[str, Any]:
        info = self._call_info(call)
        info["triggered_id"] = info["triggered_ids"][0] if info["triggered_ids"] else None
        return {"type": "clientside", "serial": call.serial, "callback": call.name,
                "clientside": call.node.clientside,
                "args": call.args or list(call.kwargs.values()), "info": info,
                "positional": not call.node.entry.get("arg_names")}

    def _background_message(self, call: Call) -> dict[str, Any]:
        return {"type": "bg_run", "serial": call.serial, "index": call.node.index,
                "args": call.args, "kwargs": call.kwargs, "info": self._call_info(call),
                "progress": bool(call.node.entry.get("progress"))}

    def _progress(self, message: dict[str, Any]) -> None:
        call = self.background_calls.get(message.get("serial"))
        if call is None:
            return
        outcome = self.scheduler.progress(call, message.get("value"))
        if outcome.updates:
            self.post({"type": "update", "changes": outcome.updates})
        if outcome.error:
            self._error(call, outcome.error, "")

    def _cancel_background(self, changed: set[tuple[str, str]]) -> None:
        """A `cancel=` input changed: stop the background worker and drop its calls."""
        hit = [
            call for call in self.background_calls.values()
            if any((c["id"], c["property"]) in changed for c in call.node.entry.get("cancel") or [])
        ]
        for call in hit:
            if call.node.entry.get("server"):  # a job on the server: cancel just that one
                self.post({"type": "server_cancel", "serial": call.serial})
                self._drop(("server_result", call.serial))
        if not any(not call.node.entry.get("server") for call in hit):
            return
        self.post({"type": "bg_cancel"})
        # Ending the worker ends every call in it; each is dropped like a PreventUpdate.
        for call in list(self.background_calls.values()):
            if not call.node.entry.get("server"):
                self._drop(("bg_done", call.serial))

    def _drop(self, key: tuple[str, int]) -> None:
        waiter = self.waiters.pop(key, None)
        if waiter is not None and not waiter.done():
            waiter.set_result({"status": "cancelled"})

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

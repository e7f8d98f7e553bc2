"""The worker-side driver: a loop that turns messages into the scheduler's events and performs
the actions it returns (post updates, run callbacks in Pyodide, send calls elsewhere).

Only this module (with invoke.py and background.py) knows about the browser. Messages are JSON
strings of protocol.json's types (docs/protocol.md).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from . import compat, pages, protocol
from .actions import Busy, Cancel, Idle, Ready, Run, Running, ShowError, Update
from .background import Executor
from .calls import Call
from .events import Change, Fail, Prevent, Progress, Return, Start, Step
from .invoke import Invoker, patch_sleep, run_here, user_traceback
from .jsonify import to_json_value
from .remote_call import info_message
from .scheduler import Scheduler

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


def start(spec_json: str, post_page: Callable[[str], None], post_background: Callable[[str], None],
          post_server: Callable[[str], None]) -> None:
    """Called once by worker.js after Pyodide and the bundle are loaded, with one function per
    destination of protocol.json (each takes one JSON string)."""
    global _driver
    _fresh_random()
    posts = {"page": post_page, "background": post_background, "server": post_server}
    _driver = Runtime(json.loads(spec_json), posts)
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


class Runtime:
    """A loop around the scheduler: it turns messages into events and performs the actions."""

    def __init__(self, spec: dict[str, Any], posts: dict[str, Callable[[str], None]]) -> None:
        self.spec = spec
        self._posts = posts  # destination ("page", "background", "server") -> JS function
        self.tasks: set[asyncio.Future] = set()
        self.waiters: dict[tuple[str, int], asyncio.Future] = {}

    def post(self, kind: str, **fields: Any) -> None:
        msg = protocol.message(kind, **fields)
        self._posts[protocol.destination(msg)](json.dumps(msg, ensure_ascii=False))

    # -- boot -------------------------------------------------------------------------------
    def boot(self) -> None:
        worker = self.spec["worker"]
        compat.install(browser=True)
        self.invoker = Invoker()  # before the app imports time.sleep
        os.chdir(worker["app_dir"])
        root = self.spec.get("root") or "/"
        pages.set_root(root)
        if worker.get("app_module") is None:  # an R app (r_app.py): its callbacks run in webR
            self.app, self.defs = None, []
        else:
            self._import_app(worker)
        layout = self.spec["layout"]
        if self.spec.get("server_layout") is not None:
            # A layout function that needs the server's data: the server called it for this load.
            layout = self.spec["server_layout"]
            self.post("layout", layout=layout)
        # Page links depend on the folder the site is served from: rebuild them there.
        elif self.spec.get("layout_is_function") or (root != "/" and pages.page_registry):
            layout = to_json_value(self.app.resolved_layout(), "the layout", plotly_rules=True)
            self.post("layout", layout=layout)
        self.scheduler = Scheduler(
            self.spec["callbacks"],
            layout,
            suppress_callback_exceptions=self.spec["config"].get("suppress_callback_exceptions"),
        )
        if any(cb.get("background") for cb in self.spec["callbacks"]):
            self.post("bg_warm")  # the executor loads while the page starts
        self.send(Start(tuple(self.spec.get("initial_changes") or ())))

    def _import_app(self, worker: dict[str, Any]) -> None:
        module = importlib.import_module(worker["app_module"])
        self.app = getattr(module, worker.get("app_name", "app"))
        self.defs = self.app.all_callbacks()
        if len(self.defs) != len(self.spec["callbacks"]):
            raise RuntimeError(
                f"The browser's copy of the app registers {len(self.defs)} callbacks where the "
                f"build found {len(self.spec['callbacks'])}: a callback is registered "
                "conditionally. Register every callback unconditionally, then rebuild."
            )

    # -- messages in ---------------------------------------------------------------------------
    def receive(self, message: dict[str, Any]) -> None:
        kind = protocol.check(message, "worker")
        if kind in ("clientside_result", "bg_done", "server_result", "r_result"):
            waiter = self.waiters.pop((kind, message["serial"]), None)
            if waiter is not None and not waiter.done():
                waiter.set_result(message)
        elif kind in ("bg_progress", "server_progress"):
            self.send(Progress(message["serial"], message["value"]))
        elif kind == "bg_fatal":  # the background executor could not start
            for key in [k for k in self.waiters if k[0] == "bg_done"]:
                self._settle(key, {"status": "error", "message": message["message"], "traceback": ""})
        elif kind == "changes":
            # Input made while Python loaded ("early") waits for everything before it.
            self.send(Change(tuple(message["changes"]), int(message["seq"]),
                             early=bool(message.get("early"))))
        elif kind != "bg_ready":
            raise protocol.ProtocolError(f'pyclient.runtime does not handle "{kind}" messages.')

    # -- actions out ---------------------------------------------------------------------------
    def send(self, event: Any) -> None:
        for action in self.scheduler.send(event):
            if isinstance(action, Run):
                task = asyncio.ensure_future(self._run(action.call))
                self.tasks.add(task)
                task.add_done_callback(self.tasks.discard)
            elif isinstance(action, Update):
                self.post("update", changes=[change._asdict() for change in action.changes])
            elif isinstance(action, Running):
                # The outputs being computed right now (dcc.Loading shows its spinner for them).
                self.post("running", started=[{"id": i, "prop": p} for i, p in action.started],
                          stopped=[{"id": i, "prop": p} for i, p in action.stopped])
            elif isinstance(action, ShowError):
                print(f'Error in callback "{action.callback}": {action.message}\n{action.traceback}',
                      file=sys.stderr)
                self.post("error", callback=action.callback, message=action.message,
                          traceback=action.traceback,
                          inputs=[{"prop_id": p, "value": v} for p, v in action.inputs])
            elif isinstance(action, Cancel):
                self._cancel(action.calls)
            elif isinstance(action, Busy):
                self.post("busy", seq=action.seq)
            elif isinstance(action, Ready):
                self.post("ready", calls=action.calls)
            elif isinstance(action, Idle):
                self.post("idle", seq=action.seq, calls=action.calls)

    # -- running calls ------------------------------------------------------------------------
    async def _run(self, call: Call) -> None:
        began = time.perf_counter()
        try:
            event = await self._execute(call)
        except Exception as exc:  # noqa: BLE001 - a bug here must not leave the call running
            event = Fail(call.serial, f"pyclient could not run this call: {exc}", user_traceback(exc))
        if self.spec["config"].get("debug"):  # the callback graph's times (--debug builds)
            self.post("ran", index=call.index, ms=round((time.perf_counter() - began) * 1000, 2))
        self.send(event)
        if call.info.timing:
            self.post("timing", callback=call.name, timing=call.info.timing)
        # Yield so user events already on their way reach the scheduler before the next calls.
        await asyncio.sleep(0)
        self.send(Step())

    async def _execute(self, call: Call) -> Any:
        entry = call.entry
        if entry.get("clientside") is not None:
            result = await self._remote(call, "clientside_result", "clientside",
                                        **self._clientside_fields(call))
            if result["status"] == "error":
                result = {**result, "message": f"Clientside callback failed: {result.get('message')}",
                          "traceback": result.get("stack", "")}
        elif entry.get("server"):
            # A job on the server when it is a background callback: progress and cancel= reach it.
            body = {"index": call.index, "name": call.name, "args": call.args,
                    "kwargs": call.kwargs, "info": info_message(call.info)}
            result = await self._remote(call, "server_result", "server_call", callback=call.name,
                                        body=json.dumps(body, ensure_ascii=False))
        elif entry.get("r"):  # the page runs it in webR (web/src/r_calls.js)
            values = list(call.args)
            n_inputs = len(call.node.inputs)
            result = await self._remote(call, "r_result", "r_call", index=call.index,
                                        inputs=values[:n_inputs], states=values[n_inputs:],
                                        info=info_message(call.info))
        elif entry.get("background"):
            result = await self._remote(call, "bg_done", "bg_run", index=call.index, args=call.args,
                                        kwargs=call.kwargs, info=info_message(call.info),
                                        progress=bool(entry.get("progress")))
        else:
            return await run_here(self.invoker, self.app, self.defs[call.index], call)
        status = result["status"]
        if status == "ok":
            side = tuple((cid, props) for cid, props in result.get("side_updates") or [])
            return Return(call.serial, result.get("value"), side)
        if status in ("prevent", "cancelled"):
            return Prevent(call.serial)
        return Fail(call.serial, result["message"], result.get("traceback", ""))

    async def _remote(self, call: Call, reply: str, kind: str, **fields: Any) -> dict[str, Any]:
        """Send a call elsewhere (page, background worker, server) and wait for its reply."""
        waiter = asyncio.get_running_loop().create_future()
        self.waiters[(reply, call.serial)] = waiter
        self.post(kind, serial=call.serial, **fields)
        return await waiter

    def _clientside_fields(self, call: Call) -> dict[str, Any]:
        info = info_message(call.info)
        info["triggered_id"] = info["triggered_ids"][0] if info["triggered_ids"] else None
        return {"callback": call.name, "clientside": call.node.clientside,
                "args": call.args or list(call.kwargs.values()), "info": info,
                "positional": not call.entry.get("arg_names")}

    def _cancel(self, calls: tuple[Call, ...]) -> None:
        """Stop background calls a `cancel=` input named (the scheduler already let them go)."""
        for call in calls:
            if call.entry.get("server"):  # a job on the server: cancel just that one
                self.post("server_cancel", serial=call.serial)
                self._settle(("server_result", call.serial), {"status": "cancelled"})
        if all(call.entry.get("server") for call in calls):
            return
        # Ending the background worker ends every call in it; each ends like a PreventUpdate.
        self.post("bg_cancel")
        for key in [k for k in self.waiters if k[0] == "bg_done"]:
            self._settle(key, {"status": "cancelled"})

    def _settle(self, key: tuple[str, int], result: dict[str, Any]) -> None:
        waiter = self.waiters.pop(key, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(result)

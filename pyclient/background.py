"""The background executor: a second worker that runs `background=True` callbacks.

The main worker's runtime keeps the ordering (the scheduler); this side only imports the app,
runs what it is sent, and streams `set_progress` values back. Messages (JSON strings):
  in:  {"type": "bg_run", "serial", "index", "args", "kwargs", "info", "progress": bool}
  out: {"type": "bg_progress", "serial", "value"}, {"type": "bg_done", "serial", "status",
        "value" | "message" + "traceback", "side_updates"}
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
from typing import Any, Callable

from . import compat
from .context import CallInfo
from .exceptions import PreventUpdate
from .invoke import Invoker, user_traceback
from .dependencies import id_string
from .jsonify import NotJSONError, to_json_value


class Executor:
    def __init__(self, spec: dict[str, Any], post: Callable[[str], None]) -> None:
        self.spec = spec
        self._post = post
        self.tasks: set[asyncio.Future] = set()

    def post(self, message: dict[str, Any]) -> None:
        self._post(json.dumps(message, ensure_ascii=False))

    def boot(self) -> None:
        worker = self.spec["worker"]
        compat.install(browser=True)
        self.invoker = Invoker()
        os.chdir(worker["app_dir"])
        module = importlib.import_module(worker["app_module"])
        self.defs = module.app.all_callbacks()
        self.post({"type": "bg_ready"})

    def receive(self, message: dict[str, Any]) -> None:
        if message.get("type") == "bg_run":
            task = asyncio.ensure_future(self._run(message))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def _run(self, message: dict[str, Any]) -> None:
        serial = message["serial"]
        name = self.spec["callbacks"][message["index"]]["name"]
        info = CallInfo(**message["info"])
        args = list(message["args"])
        if message.get("progress"):

            def set_progress(value: Any) -> None:
                where = f'callback "{name}" set_progress'
                self.post({"type": "bg_progress", "serial": serial, "value": to_json_value(value, where)})

            args.insert(0, set_progress)
        func = self.defs[message["index"]].func
        kind, value = await self.invoker.call(func, tuple(args), message["kwargs"], info)
        side = [[id_string(cid), p] for cid, p in info.side_updates]
        if kind == "ok":
            try:
                result = to_json_value(value, f'callback "{name}" return value')
                side = to_json_value(side, f'callback "{name}" set_props')
            except NotJSONError as err:
                self.post({"type": "bg_done", "serial": serial, "status": "error",
                           "message": str(err), "traceback": ""})
                return
            self.post({"type": "bg_done", "serial": serial, "status": "ok", "value": result,
                       "side_updates": side})
        elif isinstance(value, PreventUpdate):
            self.post({"type": "bg_done", "serial": serial, "status": "prevent"})
        else:
            self.post({"type": "bg_done", "serial": serial, "status": "error",
                       "message": f"{type(value).__name__}: {value}",
                       "traceback": user_traceback(value)})

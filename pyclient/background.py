"""The background executor: a second worker that runs `background=True` callbacks.

The main worker's runtime keeps the ordering (the scheduler); this side only imports the app,
runs what it is sent, and streams `set_progress` values back. Messages (JSON strings,
protocol.json): in "bg_run"; out "bg_ready", "bg_progress", "bg_done".
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
from collections.abc import Callable
from typing import Any

from . import compat, protocol
from .invoke import Invoker, recover
from .jsonify import to_json_value
from .remote_call import call_info, result_message


class Executor:
    def __init__(self, spec: dict[str, Any], post: Callable[[str], None]) -> None:
        self.spec = spec
        self._post = post
        self.tasks: set[asyncio.Future] = set()

    def post(self, kind: str, **fields: Any) -> None:
        self._post(json.dumps(protocol.message(kind, **fields), ensure_ascii=False))

    def boot(self) -> None:
        worker = self.spec["worker"]
        compat.install(browser=True)
        self.invoker = Invoker()
        os.chdir(worker["app_dir"])
        module = importlib.import_module(worker["app_module"])
        self.app = getattr(module, worker.get("app_name", "app"))
        self.defs = self.app.all_callbacks()
        self.post("bg_ready")

    def receive(self, message: dict[str, Any]) -> None:
        if protocol.check(message, "background") == "bg_run":
            task = asyncio.ensure_future(self._run(message))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def _run(self, message: dict[str, Any]) -> None:
        serial = message["serial"]
        name = self.spec["callbacks"][message["index"]]["name"]
        info = call_info(message["info"])
        args = list(message["args"])
        if message.get("progress"):

            def set_progress(value: Any) -> None:
                where = f'callback "{name}" set_progress'
                self.post("bg_progress", serial=serial, value=to_json_value(value, where, plotly_rules=True))

            args.insert(0, set_progress)
        definition = self.defs[message["index"]]
        kind, value = await self.invoker.call(definition.func, tuple(args), message["kwargs"], info)
        kind, value = recover(self.app.error_handler(definition), kind, value, info)
        self.post("bg_done", serial=serial, **result_message(kind, value, info))

"""Background callbacks placed on the server, run through the app's own manager, as in Dash.

- DiskcacheManager: each call is a job in a child process; its progress and result live in the
  app's diskcache, which every server worker on the machine shares, so the browser may poll any
  worker and a cancel from any worker reaches the job.
- CeleryManager: each call is a Celery task run by `pyclient worker app.py` (any number of
  machines); progress and result go through the Celery app's result backend (e.g. Redis).
Job ids are unguessable tokens: the id is the only key to a job's result.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import secrets
import signal
import tempfile
import threading
from pathlib import Path
from typing import Any

from .invoke import recover
from .jsonify import to_json_value
from .remote_call import result_message

JOB_ID = re.compile(r"[A-Za-z0-9_-]{24,36}")
TASK_NAME = "pyclient.run_callback"
KEEP_SECONDS = 3600  # a finished job's result waits this long for its poll


class JobError(Exception):
    """The app's background manager cannot run jobs here; the message says what to do."""


def _manager_target(manager: Any) -> Any:
    """What the app gave its (stand-in) manager: a diskcache.Cache or a celery.Celery."""
    args, kwargs = getattr(manager, "args", ()), getattr(manager, "kwargs", {})
    return args[0] if args else kwargs.get("cache") or kwargs.get("celery_app")


def jobs_for(manager: Any, app_file: Path) -> Any:
    """The job runner of a background callback's manager."""
    if type(manager).__name__ == "CeleryManager":
        return CeleryJobs(_manager_target(manager))
    return Jobs(manager, app_file)


def _cache_of(manager: Any, app_file: Path) -> Any:
    """The diskcache.Cache behind the app's manager (a private one when the app gave none)."""
    import diskcache

    if manager is None:
        folder = Path(tempfile.gettempdir()) / f"pyclient-jobs-{abs(hash(str(app_file))):x}"
        return diskcache.Cache(str(folder))
    kind = type(manager).__name__
    args, kwargs = getattr(manager, "args", ()), getattr(manager, "kwargs", {})
    cache = args[0] if args else kwargs.get("cache")  # an empty Cache is falsy: no `or` here
    if not isinstance(cache, diskcache.Cache):
        raise JobError(
            f"{kind} was given {cache!r}; background server callbacks need "
            "DiskcacheManager(diskcache.Cache('./cache'))."
        )
    # A relative folder was meant from the app's folder (where the app was imported).
    return diskcache.Cache(str(app_file.parent / cache.directory))


class Jobs:
    def __init__(self, manager: Any, app_file: Path) -> None:
        self.cache = _cache_of(manager, app_file)
        self.directory = self.cache.directory

    def start(self, index: int, func: Any, args: tuple, kwargs: dict, info: Any,
              progress: bool, on_error: Any = None) -> str:
        job = secrets.token_urlsafe(18)
        process = multiprocessing.get_context("fork").Process(
            target=_run, args=(self.directory, job, func, args, kwargs, info, progress, on_error),
            daemon=True,
        )
        process.start()
        self.cache.set(f"{job}:pid", process.pid, expire=KEEP_SECONDS)
        threading.Thread(target=process.join, daemon=True).start()  # no zombie left behind
        return job

    def poll(self, job: str) -> dict[str, Any] | None:
        """The result when done (then forgotten), else {"status": "running", "progress"}."""
        result = self.cache.get(f"{job}:result")
        if result is not None:
            # The last set_progress often comes just before the return: send it along.
            result = {**result, "progress": self.cache.get(f"{job}:progress")}
            for key in ("pid", "result", "progress"):
                self.cache.delete(f"{job}:{key}")
            return result
        if self.cache.get(f"{job}:pid") is None:
            return None
        return {"status": "running", "progress": self.cache.get(f"{job}:progress")}

    def cancel(self, job: str) -> bool:
        pid = self.cache.get(f"{job}:pid")
        if pid is None:
            return False
        try:
            os.kill(pid, signal.SIGKILL)  # the fork inherited uvicorn's SIGTERM handler
        except ProcessLookupError:
            pass
        for key in ("pid", "result", "progress"):
            self.cache.delete(f"{job}:{key}")
        return True


def _run(directory: str, job: str, func: Any, args: tuple, kwargs: dict, info: Any,
         progress: bool, on_error: Any) -> None:
    """In the child process: run the callback, write progress and the result to the cache."""
    import diskcache

    from .server import call_with_context

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the server's graceful shutdown
    cache = diskcache.Cache(directory)  # its own connection: never share one across a fork
    count = 0

    def set_progress(value: Any) -> None:
        nonlocal count
        count += 1
        where = f'callback "{info.name}" set_progress'
        cache.set(f"{job}:progress", {"seq": count, "value": to_json_value(
            value, where, plotly_rules=True)}, expire=KEEP_SECONDS)

    call_args = (set_progress, *args) if progress else args
    kind, value = recover(on_error, *call_with_context(func, call_args, kwargs, info), info)
    cache.set(f"{job}:result", result_message(kind, value, info, plotly_rules=True),
              expire=KEEP_SECONDS)
    cache.close()


class CeleryJobs:
    """Jobs as Celery tasks; `pyclient worker app.py` runs them (see register_task)."""

    def __init__(self, celery_app: Any) -> None:
        if type(celery_app).__name__ != "Celery":
            raise JobError(
                f"CeleryManager was given {celery_app!r}; pass the app's celery.Celery instance, "
                "and install celery where the server runs."
            )
        self.celery = celery_app

    def start(self, index: int, func: Any, args: tuple, kwargs: dict, info: Any,
              progress: bool, on_error: Any = None) -> str:
        """`on_error` is found again by the worker, which has the same app."""
        from .remote_call import info_message

        task = self.celery.send_task(
            TASK_NAME, args=[index, list(args), kwargs, info_message(info), progress]
        )
        return task.id

    def poll(self, job: str) -> dict[str, Any] | None:
        from celery.result import AsyncResult

        task = AsyncResult(job, app=self.celery)
        if not task.ready():
            return {"status": "running", "progress": self._progress(job)}
        try:
            result = task.get(timeout=5, propagate=False)
            # Read once the task is over: its last set_progress, just before the return, is in.
            progress = self._progress(job)
        finally:
            task.forget()
            self.celery.backend.delete(f"pyclient-progress-{job}")
        if not isinstance(result, dict) or "status" not in result:
            return {"status": "error", "message": f"The Celery task failed: {result!r}",
                    "traceback": ""}
        return {**result, "progress": progress}

    def _progress(self, job: str) -> Any:
        progress = self.celery.backend.get(f"pyclient-progress-{job}")
        return json.loads(progress) if progress else None

    def cancel(self, job: str) -> bool:
        self.celery.control.revoke(job, terminate=True, signal="SIGKILL")
        self.celery.backend.delete(f"pyclient-progress-{job}")
        return True


def register_task(celery_app: Any, app: Any, definitions: list,
                  entries: list[dict[str, Any]]) -> None:
    """In `pyclient worker`: the task that runs one background server callback."""
    from .remote_call import call_info

    @celery_app.task(name=TASK_NAME, bind=True)
    def run_callback(task: Any, index: int, args: list, kwargs: dict, info: dict,
                     progress: bool) -> dict[str, Any]:
        from .server import call_with_context

        entry = entries[index]
        if not (entry["server"] and entry["background"]):
            return {"status": "error", "message": f"callback {index} is not a background "
                    "server callback", "traceback": ""}
        call = call_info(info)
        count = 0

        def set_progress(value: Any) -> None:
            nonlocal count
            count += 1
            where = f'callback "{call.name}" set_progress'
            celery_app.backend.set(f"pyclient-progress-{task.request.id}", json.dumps(
                {"seq": count, "value": to_json_value(value, where, plotly_rules=True)}))

        call_args = (set_progress, *args) if progress else tuple(args)
        definition = definitions[index]
        kind, value = recover(app.error_handler(definition),
                              *call_with_context(definition.func, call_args, kwargs, call), call)
        return result_message(kind, value, call, plotly_rules=True)

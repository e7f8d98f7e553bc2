"""The optional server: runs the callbacks the build placed on it, one call per request.

It holds no per-user state: each request carries the call's arguments and the context the
browser's scheduler computed (triggered, inputs/states lists, ...), so any worker answers any
request (`uvicorn --workers N`, gunicorn, a load balancer). The browser stays the only place that
decides order. A plain ASGI app (Starlette); `create_app(...)` for code, `app_from_env()` for
`uvicorn --factory`.
"""

from __future__ import annotations

import inspect
import json
import mimetypes
import os
import sys
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.datastructures import Headers
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from . import compress, context, hooks
from .invoke import recover
from .jobs import JOB_ID, CeleryJobs, jobs_for, register_task
from .jsonify import to_json_value
from .loader import load_app
from .placement import callback_places, plan_app
from .remote_call import call_info, result_message
from .request_check import BadRequest, check_request
from .spec import callback_entries

CALLBACK_PATH = "/_pyclient/callback"
LAYOUT_PATH = "/_pyclient/layout"
JOB_PATH = "/_pyclient/job"  # + "/<job>": background callbacks' progress, result and cancel
MAX_BODY = 2 * 1024 * 1024  # bytes; a callback's arguments are form values, not uploads


class CallbackServer:
    """The app's server callbacks, and the endpoint that runs them."""

    def __init__(self, app_file: str | os.PathLike[str], *, debug: bool = False,
                 max_body: int = MAX_BODY) -> None:
        self.app_file = Path(app_file).resolve()
        app, _module = load_app(self.app_file)
        self.definitions = app.all_callbacks()
        places = callback_places(plan_app(self.app_file), self.definitions)
        self.entries = callback_entries(app)
        for entry, place in zip(self.entries, places):
            entry["server"] = place is not None
        self.debug = debug
        self.max_body = max_body
        self.app = app
        default = app.background_callback_manager
        self.jobs: dict[int, Any] = {}  # callback index -> the jobs of its manager
        for entry, definition in zip(self.entries, self.definitions):
            if entry["server"] and entry["background"]:
                manager = definition.options.get("manager") or default
                self.jobs[entry["index"]] = jobs_for(manager, self.app_file)

    @property
    def server_callbacks(self) -> list[str]:
        return [e["name"] for e in self.entries if e["server"]]

    async def endpoint(self, request: Request) -> JSONResponse:
        try:
            body = await self._read(request)
            entry = check_request(body, self.entries)
        except BadRequest as err:
            return JSONResponse({"error": str(err)}, status_code=err.status)
        definition = self.definitions[entry["index"]]
        info = call_info(body["info"])
        args, kwargs = tuple(body["args"]), dict(body["kwargs"])
        if entry["index"] in self.jobs:
            job = await run_in_threadpool(
                self.jobs[entry["index"]].start, entry["index"], definition.func, args, kwargs, info,
                bool(entry.get("progress")), self.app.error_handler(definition),
            )
            return JSONResponse({"status": "running", "job": f"{entry['index']}-{job}",
                                 "interval": entry.get("interval") or 1000}, status_code=202)
        return self._answer(await self._run(definition, args, kwargs, info), info.name)

    async def layout_endpoint(self, request: Request) -> JSONResponse:
        """A layout function, called for each page load as Dash does (the page asks only when
        the function needs the server's data)."""
        layout = self.app.layout
        if not (callable(layout) and not hasattr(layout, "to_plotly_json")):
            return JSONResponse({"error": "The layout is not a function."}, status_code=404)
        tree = await run_in_threadpool(self.app.resolved_layout)
        return JSONResponse(to_json_value(tree, "the layout", plotly_rules=True))

    def _answer(self, result: dict[str, Any], name: str) -> JSONResponse:
        if result["status"] == "error":
            print(f'Error in server callback "{name}": {result["message"]}\n'
                  f'{result["traceback"]}', file=sys.stderr, flush=True)
            if not self.debug:
                result["traceback"] = ""
            return JSONResponse(result, status_code=500)
        return JSONResponse(result)

    def _job(self, request: Request) -> tuple[Any, str]:
        index, _, job = request.path_params["job"].partition("-")
        jobs = self.jobs.get(int(index)) if index.isdigit() else None
        if jobs is None or not JOB_ID.fullmatch(job):
            raise BadRequest("There is no such job.", 404)
        return jobs, job

    async def job_endpoint(self, request: Request) -> JSONResponse:
        """GET: the job's progress or result; DELETE: cancel it (cancel= inputs)."""
        try:
            jobs, job = self._job(request)
        except BadRequest as err:
            return JSONResponse({"error": str(err)}, status_code=err.status)
        if request.method == "DELETE":
            found = await run_in_threadpool(jobs.cancel, job)
            return JSONResponse({"status": "cancelled"} if found else {"error": "no such job"},
                                status_code=200 if found else 404)
        result = await run_in_threadpool(jobs.poll, job)
        if result is None:
            return JSONResponse({"error": "There is no such job."}, status_code=404)
        if result["status"] == "running":
            return JSONResponse(result, status_code=202)
        return self._answer(result, "background job")

    async def _read(self, request: Request) -> Any:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            raise BadRequest(f"The request body is larger than {self.max_body} bytes.", 413)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body:
                raise BadRequest(f"The request body is larger than {self.max_body} bytes.", 413)
            chunks.append(chunk)
        try:
            return json.loads(b"".join(chunks))
        except (ValueError, UnicodeDecodeError):
            raise BadRequest("The request body is not JSON.") from None

    async def _run(self, definition: Any, args: tuple, kwargs: dict, info: Any) -> dict[str, Any]:
        func = definition.func
        try:
            info.custom_data = hooks.custom_data_for(info)
        except Exception as exc:  # noqa: BLE001 - a failing hook is that call's error
            exc.args = (f"dash.hooks.custom_data failed: {exc}",)
            return result_message("err", exc, info, traceback=True, plotly_rules=True)
        if inspect.iscoroutinefunction(func):
            token = context.activate(info)
            try:
                kind, value = "ok", await func(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - reported to the page
                kind, value = "err", exc
            finally:
                context.deactivate(token)
        else:
            # Sync callbacks (pandas work) run in a thread so the server keeps answering.
            kind, value = await run_in_threadpool(call_with_context, func, args, kwargs, info)
        kind, value = recover(self.app.error_handler(definition), kind, value, info)
        return result_message(kind, value, info, plotly_rules=True)


def call_with_context(func: Any, args: tuple, kwargs: dict, info: Any) -> tuple[str, Any]:
    token = context.activate(info)
    try:
        return "ok", func(*args, **kwargs)
    except BaseException as exc:  # noqa: BLE001 - reported to the page
        return "err", exc
    finally:
        context.deactivate(token)


def _static_types() -> None:
    # A wrong wasm MIME type makes loadPyodide hang; mimetypes may not know these.
    mimetypes.add_type("application/wasm", ".wasm")
    mimetypes.add_type("text/javascript", ".mjs")
    mimetypes.add_type("text/javascript", ".js")


class _PrecompressedFiles(StaticFiles):
    """The built site, sending the build's .br/.gz copies to browsers that accept them."""

    def file_response(self, full_path: Any, stat_result: os.stat_result, scope: Any,
                      status_code: int = 200) -> Response:
        accepted = Headers(scope=scope).get("accept-encoding", "")
        sent, encoding = compress.pick(Path(full_path), accepted)
        if encoding is None:
            return super().file_response(full_path, stat_result, scope, status_code)
        return FileResponse(sent, status_code=status_code,
                            media_type=compress.content_type(Path(full_path), {}),
                            headers={"Content-Encoding": encoding, "Vary": "Accept-Encoding"})


def create_app(
    app_file: str | os.PathLike[str],
    *,
    static_dir: str | os.PathLike[str] | None = None,
    allow_origins: list[str] | tuple[str, ...] = (),
    debug: bool = False,
    max_body: int = MAX_BODY,
    chdir: bool = True,
) -> Starlette:
    """The ASGI app: POST /_pyclient/callback, plus the built site when `static_dir` is given.
    `allow_origins`: the origins of sites built with --server-url that may call it (CORS).
    `chdir`: work in the app's folder, as `python app.py` run there does (tests turn it off)."""
    if static_dir is not None:
        static_dir = Path(static_dir).resolve()
    callbacks = CallbackServer(app_file, debug=debug, max_body=max_body)
    if chdir:
        os.chdir(callbacks.app_file.parent)  # callbacks open files relative to it, as in Dash
    routes: list[Any] = [
        Route(CALLBACK_PATH, callbacks.endpoint, methods=["POST"]),
        Route(JOB_PATH + "/{job}", callbacks.job_endpoint, methods=["GET", "DELETE"]),
        Route(LAYOUT_PATH, callbacks.layout_endpoint, methods=["GET"]),
    ]
    if static_dir is not None:
        _static_types()
        routes.append(Mount("/", _PrecompressedFiles(directory=str(static_dir), html=True)))
    middleware = []
    if allow_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=list(allow_origins),
            allow_methods=["POST", "GET", "DELETE"], allow_headers=["content-type"],
        ))
    asgi = Starlette(routes=routes, middleware=middleware)
    asgi.state.callbacks = callbacks
    return asgi


def run_celery_worker(app_file: str | os.PathLike[str], celery_args: list[str]) -> None:
    """`pyclient worker app.py`: a Celery worker for the app's background server callbacks
    (the app is imported with the `dash` alias, as on the server)."""
    callbacks = CallbackServer(app_file)
    os.chdir(callbacks.app_file.parent)
    celery_apps = {id(j.celery): j.celery for j in callbacks.jobs.values() if isinstance(j, CeleryJobs)}
    if not celery_apps:
        raise SystemExit(f"{app_file} has no background server callback with a CeleryManager.")
    for celery_app in celery_apps.values():
        register_task(celery_app, callbacks.app, callbacks.definitions, callbacks.entries)
    next(iter(celery_apps.values())).worker_main(["worker", *celery_args])


def app_from_env() -> Starlette:
    """For `uvicorn --factory pyclient.server:app_from_env` (and gunicorn's uvicorn workers):
    PYCLIENT_APP=app.py, optional PYCLIENT_STATIC=dist, PYCLIENT_ALLOW_ORIGINS=https://a,https://b,
    PYCLIENT_DEBUG=1."""
    app_file = os.environ.get("PYCLIENT_APP")
    if not app_file:
        raise RuntimeError("Set PYCLIENT_APP to the app file, e.g. PYCLIENT_APP=app.py.")
    origins = [o.strip() for o in os.environ.get("PYCLIENT_ALLOW_ORIGINS", "").split(",")]
    static = os.environ.get("PYCLIENT_STATIC")
    return create_app(
        app_file,
        static_dir=Path(static).resolve() if static else None,
        allow_origins=[o for o in origins if o],
        debug=os.environ.get("PYCLIENT_DEBUG", "") not in ("", "0", "false"),
    )


__all__ = ["CALLBACK_PATH", "CallbackServer", "app_from_env", "create_app"]

"""Calling an app's Python function inside Pyodide with its ctx, without freezing the others.

A sync callback is entered through JSPI (`callPromising`) when the browser has it, so its
`time.sleep` can yield (`run_sync(asyncio.sleep(s))`) and other callbacks run meanwhile; without
JSPI (or under CPython) it is a plain call. Async callbacks simply run as tasks.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import time
import traceback
from collections.abc import Callable
from typing import Any

from . import context, hooks
from .events import Fail, Prevent, Return
from .exceptions import PreventUpdate

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def user_traceback(exc: BaseException) -> str:
    """The traceback without pyclient's own frames: the author's code is what matters, named
    as in the author's folder ("app.py", not "/home/pyodide/site/_pyclient_app/app.py")."""
    here = os.getcwd() + os.sep  # the app's folder, in the worker and on the server
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if not os.path.abspath(f.filename).startswith(_PACKAGE_DIR)
    ]
    for frame in frames:
        frame.filename = frame.filename.removeprefix(here)
    lines = ["Traceback (most recent call last):\n"] + traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)


class _Sleeper:
    """`time.sleep` that yields to other callbacks when JSPI allows it (see DESIGN, Traps)."""

    def __init__(self, original: Callable[[float], None]) -> None:
        self.original = original
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


def patch_sleep() -> None:
    """`time.sleep` becomes the yielding one before the app imports it (also inside a memory
    snapshot, which holds no JS objects: the JSPI entry itself is made by Invoker)."""
    if not isinstance(time.sleep, _Sleeper):
        time.sleep = _Sleeper(time.sleep)


class Invoker:
    """Runs functions with a CallInfo as ctx; returns ("ok", value) or ("err", exception)."""

    def __init__(self) -> None:
        self._promising: Any = None
        self._pending: dict[int, tuple[Callable, tuple, dict, Any]] = {}
        self._results: dict[int, tuple[str, Any]] = {}
        self._next = 0
        try:
            from pyodide.code import run_js
            from pyodide.ffi import create_proxy
        except ImportError:
            return
        try:
            self._promising = run_js(
                "(f, key) => (typeof WebAssembly.Suspending === 'function' && f.callPromising)"
                " ? f.callPromising(key) : null"
            )
            self._proxy = create_proxy(self._invoke)
        except Exception:  # noqa: BLE001 - JSPI is optional; fall back to direct calls
            self._promising = None
        patch_sleep()

    async def call(self, func: Callable, args: tuple, kwargs: dict, info: Any) -> tuple[str, Any]:
        if inspect.iscoroutinefunction(func):
            token = context.activate(info)
            try:
                return "ok", await func(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - reported to the page
                return "err", exc
            finally:
                context.deactivate(token)
        self._next += 1
        key = self._next
        self._pending[key] = (func, args, kwargs, info)
        promise = self._promising(self._proxy, key) if self._promising is not None else None
        if promise is not None:
            await promise
        else:
            self._invoke(key)
        return self._results.pop(key)

    def _invoke(self, key: int) -> None:
        func, args, kwargs, info = self._pending.pop(int(key))
        token = context.activate(info)
        try:
            self._results[int(key)] = ("ok", func(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - reported to the page
            self._results[int(key)] = ("err", exc)
        finally:
            context.deactivate(token)


def recover(handler: Callable[[BaseException], Any] | None, kind: str, value: Any,
            info: Any) -> tuple[str, Any]:
    """Dash's `on_error`: a failed call's exception goes to the handler, whose return value is
    the call's result (None changes no output) and whose set_props apply, with the same ctx."""
    from .outcome import no_update

    if kind == "ok" or handler is None or isinstance(value, PreventUpdate):
        return kind, value
    token = context.activate(info)
    try:
        result = handler(value)
    except BaseException as exc:  # noqa: BLE001 - the handler's own failure is reported
        return "err", exc
    finally:
        context.deactivate(token)
    return "ok", no_update if result is None else result


async def run_here(invoker: Invoker, app: Any, definition: Any, call: Any,
                   args: tuple | None = None) -> Any:
    """Run a call's function in this Python (the worker's, or CPython for the headless
    driver) with its ctx, its hooks and its app's on_error; returns the event that ends it:
    Return, Prevent or Fail. `args`: instead of the call's own (set_progress in front)."""
    try:
        call.info.custom_data = hooks.custom_data_for(call.info)
    except Exception as exc:  # noqa: BLE001 - a failing hook is that call's error
        return Fail(call.serial, f"dash.hooks.custom_data failed: {exc}", user_traceback(exc))
    kind, value = await invoker.call(definition.func, tuple(call.args if args is None else args),
                                     call.kwargs, call.info)
    kind, value = recover(app.error_handler(definition), kind, value, call.info)
    if kind == "ok":
        return Return(call.serial, value, tuple(call.info.side_updates))
    if isinstance(value, PreventUpdate):
        return Prevent(call.serial)
    hooks.run_error_hooks(value)
    return Fail(call.serial, f"{type(value).__name__}: {value}", user_traceback(value))

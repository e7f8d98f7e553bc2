"""pyclient: Dash's callback API with callbacks running in the browser (Pyodide)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import callbacks as _callbacks
from . import dependencies, exceptions
from .app import App, Dash
from .components import dcc, html
from .context import callback_context, ctx, set_props
from .dependencies import ALL, ALLSMALLER, MATCH, ClientsideFunction, Input, Output, State
from .exceptions import PreventUpdate
from .outcome import NoUpdate, no_update
from .patch import Patch

__version__ = "0.1.0"


def callback(*args: Any, **kwargs: Any) -> Callable[[Callable], Callable]:
    """Register a callback on whichever app is built (Dash's global `@callback`)."""
    return _callbacks.register(_callbacks.GLOBAL_CALLBACKS, args, kwargs)


def clientside_callback(code: Any, *args: Any, **kwargs: Any) -> None:
    """Register a JavaScript callback that runs on the page's main thread."""
    _callbacks.register_clientside(_callbacks.GLOBAL_CALLBACKS, code, args, kwargs)


__all__ = [
    "ALL",
    "ALLSMALLER",
    "MATCH",
    "App",
    "ClientsideFunction",
    "Dash",
    "Input",
    "NoUpdate",
    "Output",
    "Patch",
    "PreventUpdate",
    "State",
    "callback",
    "callback_context",
    "clientside_callback",
    "ctx",
    "dcc",
    "dependencies",
    "exceptions",
    "html",
    "no_update",
    "set_props",
]

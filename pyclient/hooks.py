"""`dash.hooks`: plug-in points an app (or a library) registers with decorators.

In the browser there is no Flask request: `custom_data` hooks receive the call's own context
(triggered, inputs, states, outputs) instead. Hooks about HTTP routes, scripts or stylesheets
served by Flask are accepted and do nothing, since the site is static.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_custom_data: list[tuple[int, str, Callable[[Any], Any]]] = []
_layout_hooks: list[tuple[int, Callable[[Any], Any]]] = []
_setup_hooks: list[Callable[[Any], Any]] = []
_error_hooks: list[Callable[[Exception], Any]] = []
_pending_callbacks: list[tuple[tuple, dict]] = []


def custom_data(namespace: str, priority: int | None = None, final: bool = False):
    """Add `ctx.custom_data[namespace]`, computed by the decorated function for every call."""

    def decorator(func: Callable[[Any], Any]) -> Callable[[Any], Any]:
        _custom_data.append((priority or 0, namespace, func))
        _custom_data.sort(key=lambda item: -item[0])
        return func

    return decorator


def layout(priority: int | None = None, final: bool = False):
    """The decorated function receives the layout and returns the layout to use."""

    def decorator(func: Callable[[Any], Any]) -> Callable[[Any], Any]:
        _layout_hooks.append((priority or 0, func))
        _layout_hooks.sort(key=lambda item: -item[0])
        return func

    return decorator


def setup(priority: int | None = None, final: bool = False):
    """Called with the app once it is created."""

    def decorator(func: Callable[[Any], Any]) -> Callable[[Any], Any]:
        _setup_hooks.append(func)
        return func

    return decorator


def error(priority: int | None = None, final: bool = False):
    """Called with the exception when any callback raises."""

    def decorator(func: Callable[[Exception], Any]) -> Callable[[Exception], Any]:
        _error_hooks.append(func)
        return func

    return decorator


def callback(*args: Any, **kwargs: Any):
    """A callback registered by a library, like `dash.callback`."""
    from . import callback as register

    return register(*args, **kwargs)


def clientside_callback(*args: Any, **kwargs: Any) -> None:
    from . import clientside_callback as register

    register(*args, **kwargs)


def _ignored(*args: Any, **kwargs: Any):
    """Server-side hooks (routes, served scripts, websockets): nothing to do in a static site."""

    def decorator(func: Any) -> Any:
        return func

    return decorator if not (args and callable(args[0])) else args[0]


route = index = devtool = websocket_connect = websocket_message = _ignored


def stylesheet(*args: Any, **kwargs: Any) -> None:
    """Accepted; add stylesheets to the app's assets/ folder instead."""


def script(*args: Any, **kwargs: Any) -> None:
    """Accepted; add scripts to the app's assets/ folder instead."""


def apply_layout_hooks(tree: Any) -> Any:
    for _priority, func in _layout_hooks:
        tree = func(tree)
    return tree


def run_setup_hooks(app: Any) -> None:
    for func in _setup_hooks:
        func(app)


def run_error_hooks(exc: Exception) -> None:
    for func in _error_hooks:
        func(exc)


def custom_data_for(info: Any) -> dict[str, Any]:
    """The custom_data of one call: each hook sees the call's context as a dict."""
    if not _custom_data:
        return {}
    from .context import AttributeDict

    context_value = AttributeDict(
        triggered_inputs=list(info.triggered) if info.triggered else [],
        inputs=info.inputs_list,
        state=info.states_list,
        outputs=info.outputs_list,
        callback=info.name,
    )
    return {namespace: func(context_value) for _p, namespace, func in _custom_data}

"""`ctx` / `callback_context`: what the running callback may know about its own call.

One `CallInfo` per call lives in a contextvar, so overlapping calls (async callbacks, sleeping
callbacks under JSPI) never see each other's triggers.
"""

from __future__ import annotations

import contextvars
import time
from typing import Any

from .exceptions import MissingCallbackContextException

PLACEHOLDER = {"prop_id": ".", "value": None}


class TriggeredList(list):
    """Dash's triggered list: on an initial call it is falsy yet holds the "." placeholder."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self._empty = not items
        super().__init__(items or [dict(PLACEHOLDER)])

    def __bool__(self) -> bool:
        return not self._empty


class AttributeDict(dict):
    """A dict whose keys read as attributes too (Dash's grouping entries)."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(key) from err


class CallInfo:
    """Everything about one call: its arguments, triggers and side effects (set_props)."""

    def __init__(
        self,
        name: str,
        triggered: list[dict[str, Any]],
        triggered_ids: list[Any],
        inputs_list: list[Any],
        states_list: list[Any],
        outputs_list: Any,
        args_grouping: Any,
    ) -> None:
        self.name = name
        self.triggered = TriggeredList(triggered)
        self.triggered_ids = triggered_ids
        self.inputs_list = inputs_list
        self.states_list = states_list
        self.outputs_list = outputs_list
        self.args_grouping = args_grouping
        self.side_updates: list[tuple[Any, dict[str, Any]]] = []
        self.timing: dict[str, dict[str, Any]] = {}
        self.custom_data: dict[str, Any] = {}
        self.started = time.perf_counter()


_current: contextvars.ContextVar[CallInfo | None] = contextvars.ContextVar(
    "pyclient_call", default=None
)


def current() -> CallInfo | None:
    return _current.get()


def activate(info: CallInfo | None) -> contextvars.Token:
    return _current.set(info)


def deactivate(token: contextvars.Token) -> None:
    _current.reset(token)


def _flat_entries(items: list[Any]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        out.extend(item if isinstance(item, list) else [item])
    return out


def _prop_key(entry: dict[str, Any]) -> str:
    from .dependencies import id_string

    return f"{id_string(entry['id'])}.{entry['property']}"


class CallbackContext:
    """The object behind `ctx`; every attribute reads the current call."""

    def _info(self) -> CallInfo:
        info = _current.get()
        if info is None:
            raise MissingCallbackContextException(
                "ctx / callback_context is only available inside a running callback."
            )
        return info

    @property
    def triggered(self) -> TriggeredList:
        return self._info().triggered

    @property
    def triggered_id(self) -> Any:
        ids = self._info().triggered_ids
        return ids[0] if ids else None

    @property
    def triggered_prop_ids(self) -> AttributeDict:
        info = self._info()
        if not info.triggered:
            return AttributeDict()
        return AttributeDict(
            (t["prop_id"], tid) for t, tid in zip(info.triggered, info.triggered_ids)
        )

    @property
    def inputs(self) -> AttributeDict:
        return AttributeDict(
            (_prop_key(e), e.get("value")) for e in _flat_entries(self._info().inputs_list)
        )

    @property
    def states(self) -> AttributeDict:
        return AttributeDict(
            (_prop_key(e), e.get("value")) for e in _flat_entries(self._info().states_list)
        )

    @property
    def inputs_list(self) -> list[Any]:
        return self._info().inputs_list

    @property
    def states_list(self) -> list[Any]:
        return self._info().states_list

    @property
    def outputs_list(self) -> Any:
        return self._info().outputs_list

    @property
    def args_grouping(self) -> Any:
        return self._info().args_grouping

    @property
    def using_args_grouping(self) -> bool:
        return isinstance(self._info().args_grouping, dict)

    @property
    def timing_information(self) -> dict[str, dict[str, Any]]:
        return self._info().timing

    def record_timing(self, name: str, duration: float, description: str | None = None) -> None:
        """Kept per call and sent to the dev overlay's timing view."""
        timing = self._info().timing
        if name in timing:
            raise KeyError(f'Duplicate resource name "{name}" found.')
        timing[name] = {"dur": round(duration * 1000), "desc": description}

    @property
    def response(self) -> Any:
        return _NoResponse()

    @property
    def custom_data(self) -> AttributeDict:
        return AttributeDict(self._info().custom_data)


class _NoResponse:
    """In the browser there is no HTTP response; cookies and headers set here are dropped."""

    def set_cookie(self, *args: Any, **kwargs: Any) -> None:
        return None

    def delete_cookie(self, *args: Any, **kwargs: Any) -> None:
        return None

    @property
    def headers(self) -> dict[str, str]:
        return {}


callback_context = CallbackContext()
ctx = callback_context


def set_props(component_id: Any, props: dict[str, Any]) -> None:
    """Update props of any component from inside a callback (applied with its outputs)."""
    info = _current.get()
    if info is None:
        raise MissingCallbackContextException("set_props can only be called inside a callback.")
    if not isinstance(props, dict):
        raise TypeError("set_props(id, props) expects props as a dict, e.g. {'children': 'hi'}.")
    info.side_updates.append((component_id, dict(props)))

"""Checking a server-callback request before any of the app's code runs.

The endpoint is public: it runs only callbacks placed on the server, with exactly the
dependencies that callback declares (ids, properties, arity), and answers anything else with a
4xx and a short message. The shapes are the ones `pyclient.remote_call` sends.
"""

from __future__ import annotations

from typing import Any

from . import patterns
from .remote_call import INFO_FIELDS

REQUEST_FIELDS = {"index", "name", "args", "kwargs", "info"}


class BadRequest(Exception):
    """The request is refused; `status` is the HTTP status, the message says why."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _fields(value: Any, wanted: set[str], what: str) -> None:
    if not isinstance(value, dict):
        raise BadRequest(f"{what} must be a JSON object.")
    missing, extra = wanted - value.keys(), value.keys() - wanted
    if missing or extra:
        raise BadRequest(
            f"{what} must have exactly the fields {sorted(wanted)}"
            + (f"; missing {sorted(missing)}" if missing else "")
            + (f"; unexpected {sorted(extra)}" if extra else "") + "."
        )


def _id_fits(declared: str, sent: Any) -> bool:
    pattern = patterns.parse(declared)
    if not isinstance(pattern, dict):
        return sent == pattern
    if not isinstance(sent, dict) or set(sent) != set(pattern):
        return False
    for key, want in pattern.items():
        value = sent[key]
        if want in patterns.WILDCARD_MARKS:
            if not isinstance(value, (str, int, float, bool)) or value is None:
                return False
        elif value != want:
            return False
    return True


def _is_multi(declared: str) -> bool:
    pattern = patterns.parse(declared)
    return isinstance(pattern, dict) and any(
        v in (patterns.ALL_MARK, patterns.ALLSMALLER_MARK) for v in pattern.values() if isinstance(v, str)
    )


def _check_item(item: Any, dep: dict[str, Any], what: str) -> list[dict[str, Any]]:
    """One inputs_list/states_list/outputs_list item against its declared dependency."""
    items = item if _is_multi(dep["id"]) else [item]
    if not isinstance(items, list):
        raise BadRequest(f"{what} must be a list (the dependency {dep['id']} uses ALL).")
    if not _is_multi(dep["id"]) and dep.get("allow_optional") and item == {
        "id": None, "property": None
    }:
        return []  # an optional input that is not in the layout
    for one in items:
        if not isinstance(one, dict) or not {"id", "property"} <= one.keys() <= {
            "id", "property", "value"
        }:
            raise BadRequest(f"{what} must be {{id, property[, value]}} objects.")
        if one["property"] != dep["property"] or not _id_fits(dep["id"], one["id"]):
            raise BadRequest(
                f"{what} names {one['id']!r}.{one['property']}, which this callback does not "
                f"declare (it declares {dep['id']}.{dep['property']})."
            )
    return items


def _check_list(sent: Any, declared: list[dict[str, Any]], what: str) -> list[dict[str, Any]]:
    if not isinstance(sent, list) or len(sent) != len(declared):
        raise BadRequest(f"info.{what} must be a list of {len(declared)} entries.")
    flat = []
    for i, (item, dep) in enumerate(zip(sent, declared)):
        flat += _check_item(item, dep, f"info.{what}[{i}]")
    return flat


def check_request(body: Any, entries: list[dict[str, Any]]) -> dict[str, Any]:
    """The spec entry of the server callback `body` asks for; raises BadRequest otherwise."""
    _fields(body, REQUEST_FIELDS, "The request")
    index, name = body["index"], body["name"]
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(entries):
        raise BadRequest(f"There is no callback number {index!r}.", 404)
    entry = entries[index]
    if name != entry["name"]:
        raise BadRequest(f"Callback number {index} is not {name!r}.", 404)
    if not entry.get("server"):
        raise BadRequest(
            f'Callback "{name}" runs in the browser; this server runs only server callbacks.', 403
        )
    args, kwargs = body["args"], body["kwargs"]
    if not isinstance(args, list) or not isinstance(kwargs, dict):
        raise BadRequest("args must be a list and kwargs an object.")
    count = len(entry["inputs"]) + len(entry["state"])
    arg_names = entry.get("arg_names")
    if isinstance(arg_names, list):
        if kwargs or len(args) != len(arg_names):
            raise BadRequest(f'Callback "{name}" takes {len(arg_names)} arguments.')
    elif arg_names:
        if args or set(kwargs) != set(arg_names):
            raise BadRequest(f'Callback "{name}" takes the keyword arguments {sorted(arg_names)}.')
    elif kwargs or len(args) != count:
        raise BadRequest(f'Callback "{name}" takes {count} arguments, not {len(args) + len(kwargs)}.')

    info = body["info"]
    _fields(info, set(INFO_FIELDS), "info")
    if info["name"] != name:
        raise BadRequest("info.name must be the callback's name.")
    inputs = _check_list(info["inputs_list"], entry["inputs"], "inputs_list")
    _check_list(info["states_list"], entry["state"], "states_list")
    outputs = info["outputs_list"]
    if entry.get("output_shape") == "single" and len(entry["outputs"]) == 1:
        outputs = [outputs]
    _check_list(outputs, entry["outputs"], "outputs_list")
    triggered, ids = info["triggered"], info["triggered_ids"]
    if not isinstance(triggered, list) or not isinstance(ids, list) or len(ids) != len(triggered):
        raise BadRequest("info.triggered and info.triggered_ids must be lists of equal length.")
    from .dependencies import id_string

    known = {f"{id_string(i['id'])}.{i['property']}" for i in inputs}
    for item in triggered:
        if not isinstance(item, dict) or set(item) != {"prop_id", "value"}:
            raise BadRequest("info.triggered entries must be {prop_id, value} objects.")
        if item["prop_id"] not in known:
            raise BadRequest(f"info.triggered names {item['prop_id']!r}, not one of the inputs.")
    if not isinstance(info["args_grouping"], (list, dict)):
        raise BadRequest("info.args_grouping must be a list or an object.")
    return entry

"""One callback call run away from the scheduler (background worker, server): the request that
carries it and the result that comes back, so both sides use the same context and outcome code.

request: {"index", "name", "args", "kwargs", "info": {name, triggered, triggered_ids,
          inputs_list, states_list, outputs_list, args_grouping}}
result:  {"status": "ok", "value", "side_updates"} | {"status": "prevent", "side_updates"}
         | {"status": "error", "message", "traceback"}
"""

from __future__ import annotations

from typing import Any

from .context import CallInfo
from .dependencies import id_string
from .exceptions import PreventUpdate
from .invoke import user_traceback
from .jsonify import NotJSONError, to_json_value

INFO_FIELDS = ("name", "triggered", "triggered_ids", "inputs_list", "states_list",
               "outputs_list", "args_grouping")


def info_message(info: CallInfo) -> dict[str, Any]:
    """The context the scheduler computed for a call, as JSON-able data."""
    return {
        "name": info.name,
        "triggered": list(info.triggered) if info.triggered else [],
        "triggered_ids": info.triggered_ids,
        "inputs_list": info.inputs_list,
        "states_list": info.states_list,
        "outputs_list": info.outputs_list,
        "args_grouping": info.args_grouping,
    }


def call_info(message: dict[str, Any]) -> CallInfo:
    return CallInfo(**{key: message[key] for key in INFO_FIELDS})


def result_message(
    kind: str, value: Any, info: CallInfo, *, traceback: bool = True, plotly_rules: bool = True
) -> dict[str, Any]:
    """What a finished call sends back. `plotly_rules`: encode NaN as null and dates as ISO
    text everywhere, as Dash's own responses do (server callbacks return pandas values)."""
    where = f'callback "{info.name}"'
    side = [[id_string(cid), props] for cid, props in info.side_updates]
    try:
        side = to_json_value(side, f"{where} set_props", plotly_rules=plotly_rules)
        if kind == "ok":
            result = to_json_value(value, f"{where} return value", plotly_rules=plotly_rules)
            return {"status": "ok", "value": result, "side_updates": side}
    except NotJSONError as err:
        return {"status": "error", "message": str(err), "traceback": ""}
    if isinstance(value, PreventUpdate):
        return {"status": "prevent", "side_updates": side}
    return {"status": "error", "message": f"{type(value).__name__}: {value}",
            "traceback": user_traceback(value) if traceback else ""}

"""What a callback's return value means: `no_update`, arity checks, JSON conversion."""

from __future__ import annotations

from typing import Any

from .exceptions import InvalidCallbackReturnValue
from .jsonify import NotJSONError, to_json_value


class NoUpdate:
    """The `no_update` sentinel: leave this output as it is."""

    _instance: NoUpdate | None = None

    def __new__(cls) -> NoUpdate:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "no_update"

    def to_plotly_json(self) -> dict[str, Any]:
        return {"_dash_no_update": "_dash_no_update"}

    @staticmethod
    def is_no_update(value: Any) -> bool:
        return isinstance(value, NoUpdate) or (
            isinstance(value, dict) and value.get("_dash_no_update") == "_dash_no_update"
        )


no_update = NoUpdate()


def _describe(outputs: list[dict[str, Any]]) -> str:
    return ", ".join(f"{o['id']}.{o['property']}" for o in outputs)


def split_return(name: str, shape: Any, outputs: list[dict[str, Any]], value: Any) -> list[Any]:
    """One value per output (in order), NoUpdate where nothing changes; JSON checked."""
    count = len(outputs)
    if shape == "none" or count == 0:
        return []
    if shape == "single":
        values = [value]
    elif isinstance(shape, list):
        if NoUpdate.is_no_update(value):
            values = [no_update] * count
        elif not isinstance(value, dict):
            raise InvalidCallbackReturnValue(
                f'Callback "{name}" declares its outputs as a dict ({", ".join(shape)}) but '
                f"returned {type(value).__name__}. Return a dict with those keys."
            )
        else:
            missing = [k for k in shape if k not in value]
            extra = [k for k in value if k not in shape]
            if missing or extra:
                raise InvalidCallbackReturnValue(
                    f'Callback "{name}" returned a dict with keys {sorted(value)} but its outputs '
                    f"are {shape}. Return exactly those keys."
                )
            values = [value[k] for k in shape]
    else:
        if NoUpdate.is_no_update(value):
            values = [no_update] * count
        elif not isinstance(value, (list, tuple)):
            raise InvalidCallbackReturnValue(
                f'Callback "{name}" has {count} outputs ({_describe(outputs)}) so it must return '
                f"a list or tuple of {count} values, but it returned a "
                f"{type(value).__name__}: {value!r:.80}."
            )
        elif len(value) != count:
            raise InvalidCallbackReturnValue(
                f'Callback "{name}" returned {len(value)} values but has {count} outputs '
                f"({_describe(outputs)}). Return a list or tuple of {count} values, one per "
                f"output, in that order."
            )
        else:
            values = list(value)
    result = []
    for output, item in zip(outputs, values):
        if NoUpdate.is_no_update(item):
            result.append(no_update)
            continue
        where = f'callback "{name}" output "{output["id"]}.{output["property"]}"'
        try:
            result.append(to_json_value(item, where, plotly_rules=True))  # as Dash encodes
        except NotJSONError as err:
            raise InvalidCallbackReturnValue(str(err)) from None
    return result

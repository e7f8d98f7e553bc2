"""Turn callback return values and layouts into plain JSON-able Python, or say exactly why not.

Dash serialises with plotly's encoder; in the browser we cannot rely on it, and a vague
`TypeError: Object of type set is not JSON serializable` helps nobody. `to_json_value` walks the
value once, converts components (anything with `to_plotly_json()`) to Dash's JSON shape, and
raises `NotJSONError` naming the callback/output, the path inside the value and the fix.
"""

from __future__ import annotations

import datetime
import decimal
import fractions
import json
import math
from typing import Any

from .components.base import Component

__all__ = ["NotJSONError", "dumps", "to_json_value"]


class NotJSONError(TypeError):
    """A value that cannot be sent to the browser as JSON; the message says where and why."""

    def __init__(self, where: str, path: str, found: Any, hint: str) -> None:
        self.where = where
        self.path = path
        self.type_name = _type_name(found)
        at = f"the value at {path}" if path else "the value"
        message = (
            f"{where}: {at} is {_describe(found)}, which cannot be sent to the browser as JSON. "
            f"Return a str, number, list, dict or component; {hint}."
        )
        super().__init__(message)


def _type_name(value: Any) -> str:
    cls = type(value)
    if cls.__module__ in ("builtins", "__main__"):
        return cls.__qualname__
    return f"{cls.__module__}.{cls.__qualname__}"


def _describe(value: Any) -> str:
    if isinstance(value, float):
        return f"the float {value!r}"
    name = _type_name(value)
    article = "an" if name[:1].lower() in "aeiou" else "a"
    return f"{article} {name}"


def _hint(value: Any) -> str:
    name = _type_name(value)
    if isinstance(value, float):
        return "NaN and infinity are not JSON: return None or a finite number instead"
    if isinstance(value, (set, frozenset)):
        return f"convert the {name} with list() or sorted()"
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        return f"convert the {name} with str() or .isoformat()"
    if isinstance(value, (decimal.Decimal, fractions.Fraction, complex)):
        return f"convert the {name} with float() or str()"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "decode bytes with .decode() (text) or base64 (binary data)"
    if isinstance(value, type) or callable(value):
        return f"a {name} is code, not data: did you mean to call it and return its result?"
    if hasattr(value, "__iter__"):
        return f"convert the {name} with list()"
    return f"convert the {name} with str(), or build a dict of its fields"


def _key(key: Any, where: str, path: str) -> str:
    # The same key conversions json.dumps makes, so `marks={0: "0"}` works as in Dash.
    if isinstance(key, str):
        return key
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return str(int(key))
    if isinstance(key, float) and math.isfinite(key):
        return repr(float(key))
    raise NotJSONError(
        where, path, key, f"dict keys must be str or numbers, not {_describe(key)}"
    )


def _path_part(key: Any) -> str:
    if isinstance(key, int) and not isinstance(key, bool):
        return f"[{key}]"
    return "[" + json.dumps(key, ensure_ascii=False) + "]"


def _convert(value: Any, where: str, path: str, in_figure: bool, active: set[int]) -> Any:
    # Exact types first: they are by far the most common and need no further checks.
    cls = type(value)
    if value is None or cls is str or cls is bool or cls is int:
        return value
    if cls is float:
        if math.isfinite(value):
            # The page stores numbers as JavaScript does: 27.0 comes back to Python as 27.
            return int(value) if value.is_integer() and abs(value) < 2**53 else value
        if in_figure:  # plotly's encoder writes NaN/inf in figures as null
            return None
        raise NotJSONError(where, path, value, _hint(value))
    if cls is list or cls is tuple or cls is dict:
        marker = id(value)
        if marker in active:
            raise NotJSONError(
                where, path, value, "it contains itself; return a copy without the cycle"
            )
        active.add(marker)
        try:
            if cls is dict:
                out = {}
                for key, item in value.items():
                    text = _key(key, where, path)
                    out[text] = _convert(item, where, path + _path_part(text), in_figure, active)
                return out
            return [
                _convert(item, where, f"{path}[{i}]", in_figure, active)
                for i, item in enumerate(value)
            ]
        finally:
            active.discard(marker)
    return _convert_other(value, where, path, in_figure, active)


def _convert_other(value: Any, where: str, path: str, in_figure: bool, active: set[int]) -> Any:
    # Subclasses of the JSON types (enums, namedtuples, OrderedDict, ...) behave like their base.
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _convert(float(value), where, path, in_figure, active)
    if isinstance(value, str):
        return str.__str__(value)  # a (str, Enum) member's value, not "Cls.member"
    if isinstance(value, (list, tuple)):
        return _convert(list(value), where, path, in_figure, active)
    if isinstance(value, dict):
        return _convert(dict(value), where, path, in_figure, active)
    if isinstance(value, Component):
        return _convert(value.to_plotly_json(), where, path, in_figure, active)
    to_plotly_json = getattr(value, "to_plotly_json", None)
    if callable(to_plotly_json) and not isinstance(value, type):
        # A plotly figure (or anything shaped like one): plotly's own encoding rules apply.
        return _convert(to_plotly_json(), where, path, True, active)
    package = type(value).__module__.split(".")[0]
    if package in ("numpy", "pandas") and hasattr(value, "tolist"):
        # numpy arrays and scalars, pandas Series / Index (server callbacks): Python equivalents.
        return _convert(value.tolist(), where, path, in_figure, active)
    if in_figure:
        if package == "pandas" and str(value) in ("NaT", "<NA>"):
            return None
        if isinstance(value, (datetime.date, datetime.time)):
            return value.isoformat()
        if isinstance(value, decimal.Decimal):
            return _convert(float(value), where, path, True, active)
    raise NotJSONError(where, path, value, _hint(value))


def to_json_value(value: Any, where: str, *, plotly_rules: bool = False) -> Any:
    """`value` as plain JSON-able Python (components become `{"type","namespace","props"}`).

    `where` names the source for error messages, e.g. `callback "update" output "out.children"`.
    Raises `NotJSONError` for anything JSON cannot carry (sets, datetimes, NaN, objects, ...).
    `plotly_rules` applies plotly's encoder rules everywhere, as Dash's server responses do
    (NaN -> null, dates -> ISO text, pandas Series -> lists).
    """
    try:
        return _convert(value, where, "", plotly_rules, set())
    except RecursionError:
        raise NotJSONError(
            where, "", value, "it is nested too deeply to walk (hundreds of levels): flatten it"
        ) from None


def _default(value: Any) -> Any:
    if hasattr(value, "to_plotly_json"):
        return to_json_value(value, "value")
    raise TypeError("not JSON")


def dumps(value: Any, where: str = "value") -> str:
    """Compact JSON text of `value` (non-ASCII kept); components and figures are converted."""
    try:
        return json.dumps(
            value, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_default
        )
    except (TypeError, ValueError):
        # Walk it properly: either the value converts (e.g. NaN inside a figure) or the walk
        # raises a NotJSONError that says where the problem is.
        plain = to_json_value(value, where)
        return json.dumps(plain, separators=(",", ":"), ensure_ascii=False, allow_nan=False)

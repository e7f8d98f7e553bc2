"""`Patch()`: a record of edits to a prop's current value, applied where the value lives.

A callback returns a Patch instead of a whole value; the scheduler applies its operations to
the value the layout holds, so only the edit crosses from Python to the page.
"""

from __future__ import annotations

import copy
from typing import Any

PATCH_MARKER = "__dash_patch_update"


class Patch:
    """Record item/attribute edits and list/dict operations on a location of a prop value."""

    def __init__(self, location: list[Any] | None = None, parent: Patch | None = None) -> None:
        object.__setattr__(self, "_location", list(location or []))
        object.__setattr__(self, "_operations", parent._operations if parent else [])

    def _record(self, operation: str, location: list[Any], **params: Any) -> None:
        self._operations.append({"operation": operation, "location": location, "params": params})

    def _child(self, key: Any) -> Patch:
        return Patch(self._location + [key], self)

    # -- reading a location ------------------------------------------------------------------
    def __getitem__(self, key: Any) -> Patch:
        return self._child(key)

    def __getattr__(self, name: str) -> Patch:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._child(name)

    # -- assignment and deletion --------------------------------------------------------------
    def __setitem__(self, key: Any, value: Any) -> None:
        if isinstance(value, Patch) and value._operations is self._operations:
            return  # `p[k] += x` already recorded its operation
        self._record("Assign", self._location + [key], value=value)

    def __setattr__(self, name: str, value: Any) -> None:
        self.__setitem__(name, value)

    def __delitem__(self, key: Any) -> None:
        self._record("Delete", self._location + [key])

    def __delattr__(self, name: str) -> None:
        self.__delitem__(name)

    # -- in-place arithmetic (`p["x"] += 1`, `p.items += [..]`) --------------------------------
    def __iadd__(self, other: Any) -> Patch:
        if isinstance(other, (list, tuple)):
            self._record("Extend", self._location, value=list(other))
        else:
            self._record("Add", self._location, value=other)
        return self

    def _in_place(operation: str):
        def method(self: Patch, other: Any) -> Patch:
            self._record(operation, self._location, value=other)
            return self

        return method

    __isub__ = _in_place("Sub")
    __imul__ = _in_place("Mul")
    __itruediv__ = _in_place("Div")
    __ior__ = _in_place("Merge")
    del _in_place

    # -- list and dict methods --------------------------------------------------------------------
    def append(self, item: Any) -> None:
        self._record("Append", self._location, value=item)

    def prepend(self, item: Any) -> None:
        self._record("Prepend", self._location, value=item)

    def extend(self, items: Any) -> None:
        if not isinstance(items, (list, tuple)):
            raise TypeError(f"Patch.extend expects a list or tuple, got {type(items).__name__}.")
        self._record("Extend", self._location, value=list(items))

    def insert(self, index: int, item: Any) -> None:
        self._record("Insert", self._location, index=index, value=item)

    def remove(self, item: Any) -> None:
        self._record("Remove", self._location, value=item)

    def clear(self) -> None:
        self._record("Clear", self._location)

    def reverse(self) -> None:
        self._record("Reverse", self._location)

    def update(self, other: Any = None, **kwargs: Any) -> None:
        value = dict(other or {}, **kwargs)
        self._record("Merge", self._location, value=value)

    def to_plotly_json(self) -> dict[str, Any]:
        return {PATCH_MARKER: True, "operations": list(self._operations)}

    def __repr__(self) -> str:
        return f"<Patch {self._location} {len(self._operations)} operations>"


def is_patch(value: Any) -> bool:
    return isinstance(value, dict) and value.get(PATCH_MARKER) is True


class PatchError(ValueError):
    """An operation does not fit the current value (a path that is missing, a wrong type)."""


def _walk(root: Any, location: list[Any]) -> Any:
    node = root
    for key in location:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            raise PatchError(f"the location {location} does not exist in the current value") from None
    return node


def _walk_creating(root: Any, location: list[Any]) -> Any:
    """Like _walk, but missing dict levels are created (assigning to a new nested path)."""
    node = root
    for key in location:
        if isinstance(node, dict) and node.get(key) is None:
            node[key] = {}
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            raise PatchError(f"the location {location} does not exist in the current value") from None
    return node


def apply_patch(current: Any, patch: dict[str, Any]) -> Any:
    """A new value: `current` with the patch's operations applied in order (current untouched)."""
    value = copy.deepcopy(current)
    holder = [value]  # so operations on the root location can replace it
    for op in patch["operations"]:
        location = [0] + list(op["location"])
        params = op.get("params", {})
        name = op["operation"]
        key = location[-1]
        if name == "Assign":
            parent = _walk_creating(holder, location[:-1])
        else:
            parent = _walk(holder, location[:-1])
        if name == "Assign":
            if isinstance(parent, list) and key == len(parent):
                parent.append(params["value"])
            else:
                parent[key] = params["value"]
            continue
        if name == "Delete":
            try:
                del parent[key]
            except (KeyError, IndexError):
                pass  # deleting what is not there leaves the value as it is, as in Dash
            continue
        target = _walk(holder, location)
        if name in ("Add", "Sub", "Mul", "Div"):
            operand = params["value"]
            result = {
                "Add": lambda a, b: a + b,
                "Sub": lambda a, b: a - b,
                "Mul": lambda a, b: a * b,
                "Div": lambda a, b: a / b,
            }[name](target, operand)
            # JavaScript numbers: an integral result is an int again when Python reads it.
            if isinstance(result, float) and result.is_integer() and abs(result) < 2**53:
                result = int(result)
            parent[key] = result
        elif name == "Merge":
            if target is None:
                parent[key] = dict(params["value"])
            else:
                target.update(params["value"])
        elif name in ("Append", "Prepend", "Extend", "Insert", "Remove", "Clear", "Reverse"):
            if target is None and name in ("Append", "Prepend", "Extend", "Insert"):
                parent[key] = target = []
            if not isinstance(target, list):
                raise PatchError(f"{name} needs a list at {op['location']}, found {type(target).__name__}")
            if name == "Append":
                target.append(params["value"])
            elif name == "Prepend":
                target.insert(0, params["value"])
            elif name == "Extend":
                target.extend(params["value"])
            elif name == "Insert":
                target.insert(params["index"], params["value"])
            elif name == "Remove":  # every occurrence, as Dash does
                target[:] = [item for item in target if item != params["value"]]
            elif name == "Clear":
                target.clear()
            else:
                target.reverse()
        else:
            raise PatchError(f"unknown Patch operation {name}")
    return holder[0]

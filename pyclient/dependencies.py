"""Input / Output / State, the pattern-matching wildcards, and the id <-> string conversion."""

from __future__ import annotations

import json
from typing import Any


class _Wildcard:
    """ALL, MATCH and ALLSMALLER: placeholders inside dict ids."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name

    def to_json(self) -> str:
        return f"[{self._name}]"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Wildcard) and other._name == self._name

    def __hash__(self) -> int:
        return hash(self._name)


ALL = _Wildcard("ALL")
MATCH = _Wildcard("MATCH")
ALLSMALLER = _Wildcard("ALLSMALLER")
WILDCARDS = {"[ALL]": ALL, "[MATCH]": MATCH, "[ALLSMALLER]": ALLSMALLER}


def id_string(component_id: Any) -> str:
    """A str id as is; a dict id as compact sorted JSON (the DOM and protocol form)."""
    if isinstance(component_id, dict):
        plain = {k: (v.to_json() if isinstance(v, _Wildcard) else v) for k, v in component_id.items()}
        return json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return str(component_id)


def id_from_string(text: str) -> Any:
    """Inverse of `id_string` for dict ids (wildcard markers become the wildcard objects)."""
    if text.startswith("{"):
        raw = json.loads(text)
        return {k: WILDCARDS.get(v, v) if isinstance(v, str) else v for k, v in raw.items()}
    return text


class DashDependency:
    """One (component id, property) pair of a callback."""

    kind = "dependency"

    def __init__(self, component_id: Any, component_property: str, **options: Any) -> None:
        if hasattr(component_id, "to_plotly_json") and hasattr(component_id, "_props"):
            component_id = component_id._props.get("id")  # Dash accepts a component here
        if not isinstance(component_id, (str, dict)):
            raise TypeError(
                f"{type(self).__name__} id must be a string or a dict, not "
                f"{type(component_id).__name__} ({component_id!r})."
            )
        if not isinstance(component_property, str):
            raise TypeError(
                f"{type(self).__name__}('{id_string(component_id)}', ...) property must be a "
                f"string such as 'children' or 'value'."
            )
        self.component_id = component_id
        self.component_property = component_property
        self.allow_optional = bool(options.pop("allow_optional", False))
        self.allow_duplicate = bool(options.pop("allow_duplicate", False))
        if options:
            raise TypeError(f"{type(self).__name__} got unknown options {sorted(options)}")

    @property
    def id_str(self) -> str:
        return id_string(self.component_id)

    def __str__(self) -> str:
        return f"{self.id_str}.{self.component_property}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} `{self}`>"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, DashDependency)
            and str(self) == str(other)
            and type(self) is type(other)
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, str(self)))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id_str, "property": self.component_property}
        if self.allow_optional:
            out["allow_optional"] = True
        return out


class Output(DashDependency):
    kind = "output"

    def __init__(self, component_id: Any, component_property: str, allow_duplicate: bool = False):
        super().__init__(component_id, component_property, allow_duplicate=allow_duplicate)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id_str,
            "property": self.component_property,
            "allow_duplicate": self.allow_duplicate,
        }


class Input(DashDependency):
    kind = "input"

    def __init__(self, component_id: Any, component_property: str, allow_optional: bool = False):
        super().__init__(component_id, component_property, allow_optional=allow_optional)


class State(DashDependency):
    kind = "state"

    def __init__(self, component_id: Any, component_property: str, allow_optional: bool = False):
        super().__init__(component_id, component_property, allow_optional=allow_optional)


class ClientsideFunction:
    """A clientside callback named by `namespace` and `function_name` in the app's assets."""

    def __init__(self, namespace: str, function_name: str) -> None:
        self.namespace = namespace
        self.function_name = function_name


def is_grouping_leaf(tree: Any) -> bool:
    """In a flexible signature's shape (spec "arg_names"), a leaf names one dependency:
    ["input", i] or ["state", i]; lists and dicts around leaves are the author's grouping."""
    return (isinstance(tree, (list, tuple)) and len(tree) == 2 and tree[0] in ("input", "state")
            and isinstance(tree[1], int))

"""The component base class: a Python object that serialises to Dash's JSON shape.

Every `html.*` / `dcc.*` class subclasses `Component` and declares four class attributes:
`_type` ("Div"), `_namespace` ("dash_html_components"), `_prop_names` (every accepted prop, in
Dash 4.4.1's signature order; positional arguments follow that order) and optionally
`_wildcard_prefixes` (("data-", "aria-") for html elements).
"""

from __future__ import annotations

from typing import Any, ClassVar

_UNSET = object()


class Component:
    _type: ClassVar[str] = "Component"
    _namespace: ClassVar[str] = ""
    _prop_names: ClassVar[tuple[str, ...]] = ()
    _wildcard_prefixes: ClassVar[tuple[str, ...]] = ("data-", "aria-")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(self._prop_names):
            raise TypeError(
                f"{self._label()} takes at most {len(self._prop_names)} positional arguments "
                f"({', '.join(self._prop_names[:4])}, ...) but got {len(args)}."
            )
        props: dict[str, Any] = {}
        for name, value in zip(self._prop_names, args):
            props[name] = value
        for name, value in kwargs.items():
            if name in props:
                raise TypeError(f"{self._label()} got two values for `{name}`.")
            if name not in self._prop_names and not name.startswith(self._wildcard_prefixes):
                raise TypeError(
                    f"{self._label(kwargs.get('id'))} got an unexpected keyword argument "
                    f"`{name}`. Allowed arguments: {', '.join(self._prop_names)}."
                )
            props[name] = value
        if "id" in props:
            self._check_id(props["id"])
        object.__setattr__(self, "_props", props)

    def _check_id(self, component_id: Any) -> None:
        # As in Dash: an id is a str, or a dict whose values are str, number or bool.
        if isinstance(component_id, str):
            return
        if isinstance(component_id, dict):
            for key, value in component_id.items():
                if not isinstance(key, str) or not isinstance(value, (str, int, float, bool)):
                    raise TypeError(
                        f"{self._label()}: a dict id needs str keys and str, number or bool "
                        f"values; found {key!r}: {value!r} in id {component_id!r}."
                    )
            return
        fix = "leave it out" if component_id is None else f"write id={str(component_id)!r}"
        raise TypeError(
            f"{self._label()}: `id` must be a string or a dict, not {component_id!r}; {fix}."
        )

    def _label(self, component_id: Any = None) -> str:
        prefix = "html" if self._namespace == "dash_html_components" else "dcc"
        if self._namespace == "dash_table":
            prefix = "dash_table"
        where = f' with id "{component_id}"' if component_id is not None else ""
        return f"{prefix}.{self._type}{where}"

    # Props read and write like attributes, as in Dash (`component.children = [...]`).
    def __getattr__(self, name: str) -> Any:
        props = object.__getattribute__(self, "_props")
        if name in props:
            return props[name]
        if name in type(self)._prop_names:
            return None
        raise AttributeError(f"{self._label()} has no property `{name}`")

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        if name not in self._prop_names and not name.startswith(self._wildcard_prefixes):
            raise AttributeError(f"{self._label()} has no property `{name}`")
        self._props[name] = value

    def to_plotly_json(self) -> dict[str, Any]:
        """Dash's JSON shape. Nested components stay objects; `jsonify` walks them."""
        return {"type": self._type, "namespace": self._namespace, "props": dict(self._props)}

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._props.items())
        return f"{self._type}({inner})"

"""Turning `@callback(...)` arguments into one `CallbackDef`, with Dash's flexible signatures.

Dash accepts dependencies positionally, in lists, as keywords (`output=`, `inputs=`, `state=`),
and as dicts (flexible signatures: the function gets keyword arguments / returns a dict).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .dependencies import ClientsideFunction, DashDependency, Input, Output, State

GLOBAL_CALLBACKS: list[CallbackDef] = []


@dataclass
class CallbackDef:
    """One registered callback: its dependencies flattened, plus how to call and unpack it."""

    outputs: list[Output]
    inputs: list[Input]
    states: list[State]
    output_shape: Any  # "single" | "list" | "none" | list of dict keys
    input_shape: Any  # "positional" | dict: name -> its grouping of ["input"|"state", index]
    prevent_initial_call: bool | None = None
    server: bool = False
    memoize: bool | None = None
    func: Callable[..., Any] | None = None
    clientside: dict[str, Any] | None = None
    options: dict[str, Any] = field(default_factory=dict)
    name: str = ""

    @property
    def is_async(self) -> bool:
        return self.func is not None and inspect.iscoroutinefunction(self.func)


def _flatten(value: Any) -> tuple[list[Any], Any]:
    """Flatten a dependency argument; returns (items, shape)."""
    if value is None:
        return [], None
    if isinstance(value, dict):
        return list(value.values()), list(value.keys())
    if isinstance(value, (list, tuple)):
        return list(value), "list"
    return [value], "single"


def parse_callback_args(args: tuple[Any, ...], kwargs: dict[str, Any]) -> CallbackDef:
    """Sort positional and keyword dependencies into a CallbackDef (function attached later)."""
    kwargs = dict(kwargs)
    outputs: list[Output] = []
    inputs: list[Input] = []
    states: list[State] = []
    output_shape: Any = None

    out_kw = kwargs.pop("output", None)
    in_kw = kwargs.pop("inputs", None)
    state_kw = kwargs.pop("state", None)

    def shape_of(tree: Any, default: str) -> Any:
        """The grouping with each dependency replaced by its ["input"|"state", index]."""
        if isinstance(tree, State) or (isinstance(tree, Input) and default == "state"):
            states.append(tree)
            return ["state", len(states) - 1]
        if isinstance(tree, Input):
            inputs.append(tree)
            return ["input", len(inputs) - 1]
        if isinstance(tree, (list, tuple)):
            return [shape_of(item, default) for item in tree]
        if isinstance(tree, dict):
            return {key: shape_of(item, default) for key, item in tree.items()}
        raise TypeError(f"@callback: {tree!r} in inputs=/state= is not an Input or State.")

    positional_outputs: list[Output] = []
    positional_deps: list[Any] = []  # Inputs, States and dicts of them, in order
    output_list_given = False
    for arg in args:
        items = list(arg) if isinstance(arg, (list, tuple)) else [arg]
        for item in items:
            if isinstance(item, Output):
                positional_outputs.append(item)
                if isinstance(arg, (list, tuple)):
                    output_list_given = True
            elif isinstance(item, (Input, State, dict)):
                positional_deps.append(item)
            elif isinstance(item, bool) and not isinstance(arg, (list, tuple)):
                kwargs.setdefault("prevent_initial_call", item)  # Dash's positional spelling
            else:
                raise TypeError(
                    f"@callback got {item!r}: every positional argument must be an Output, "
                    f"Input or State (or a list of them)."
                )

    if out_kw is not None:
        outputs, output_shape = _flatten(out_kw)
    else:
        outputs = positional_outputs
        if not outputs:
            output_shape = "none"
        elif len(outputs) == 1 and not output_list_given:
            output_shape = "single"
        else:
            output_shape = "list"
    if output_shape is None:
        output_shape = "none"

    input_shape: Any = "positional"
    if any(isinstance(dep, dict) for dep in positional_deps):
        # Dicts given positionally (as Dash): each one is an argument holding a dict; a single
        # one is the whole signature, so its keys are keyword arguments.
        shapes = [shape_of(dep, "input") for dep in positional_deps]
        input_shape = shapes[0] if len(shapes) == 1 else shapes
    else:
        for dep in positional_deps:
            (states if isinstance(dep, State) else inputs).append(dep)
    if isinstance(in_kw, dict) or isinstance(state_kw, dict):
        input_dict = {name: shape_of(tree, "input") for name, tree in (in_kw or {}).items()}
        input_dict |= {name: shape_of(tree, "state") for name, tree in (state_kw or {}).items()}
        input_shape = input_dict
    else:
        extra_in, _ = _flatten(in_kw)
        extra_state, _ = _flatten(state_kw)
        inputs.extend(extra_in)
        states.extend(extra_state)

    for dep, want in [(d, Output) for d in outputs] + [(d, Input) for d in inputs] + [
        (d, State) for d in states
    ]:
        if not isinstance(dep, want):
            raise TypeError(f"@callback expected {want.__name__} but got {dep!r}.")

    prevent = kwargs.pop("prevent_initial_call", None)
    server = bool(kwargs.pop("server", False))
    memoize = kwargs.pop("memoize", None)
    running = kwargs.pop("running", None) or []
    for item in running:
        if not (isinstance(item, (list, tuple)) and len(item) == 3 and isinstance(item[0], Output)):
            raise TypeError(
                "running= expects a list of (Output(id, property), value_while_running, "
                f"value_when_done) tuples; got {item!r}."
            )
    progress = kwargs.pop("progress", None)
    cancel = kwargs.pop("cancel", None)
    kwargs["running"] = list(running)
    kwargs["progress"] = _flatten(progress)[0]
    kwargs["cancel"] = _flatten(cancel)[0]
    return CallbackDef(
        outputs=outputs,
        inputs=inputs,
        states=states,
        output_shape=output_shape,
        input_shape=input_shape,
        prevent_initial_call=prevent,
        server=server,
        memoize=memoize,
        options=kwargs,
    )


def register(registry: list[CallbackDef], args: tuple[Any, ...], kwargs: dict[str, Any]):
    """The decorator behind `callback` / `app.callback`."""
    definition = parse_callback_args(args, kwargs)

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        definition.func = func
        definition.name = getattr(func, "__name__", "callback")
        registry.append(definition)
        return func

    return decorator


def register_clientside(
    registry: list[CallbackDef], code: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """`clientside_callback(code_or_ClientsideFunction, Output(...), Input(...), ...)`."""
    definition = parse_callback_args(args, kwargs)
    if isinstance(code, ClientsideFunction):
        definition.clientside = {
            "namespace": code.namespace,
            "function_name": code.function_name,
        }
        definition.name = f"{code.namespace}.{code.function_name}"
    else:
        definition.clientside = {"code": str(code)}
        definition.name = "clientside"
    registry.append(definition)


__all__ = ["GLOBAL_CALLBACKS", "CallbackDef", "DashDependency", "register", "register_clientside"]

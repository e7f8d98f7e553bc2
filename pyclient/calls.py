"""One call of a callback as the scheduler hands it to a driver: its arguments, its ctx, and
what it resolved its pattern-matching dependencies to. Built from the layout at the moment the
call starts (Dash sends the values the page has when the request goes out)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .context import AttributeDict, CallInfo
from .dependencies import id_from_string, is_grouping_leaf
from .graph import Node, PropKey
from .layout import Layout

Slot = tuple  # (callback index, instance): where one callback's calls take turns


@dataclass(frozen=True)
class Resolved:
    """One dependency of one call: a single prop, or a list of props (ALL / ALLSMALLER)."""

    multi: bool
    keys: list[PropKey]


@dataclass(frozen=True)
class Call:
    """One call to make. `info` is the call's ctx: the callback reads it, and set_props and
    record_timing write to it while it runs. The scheduler knows the call by `serial`."""

    serial: int
    node: Node = field(repr=False)
    instance: tuple
    triggered: list[PropKey]
    args: list[Any]
    kwargs: dict[str, Any]
    info: CallInfo = field(repr=False)
    outputs: list[Resolved] = field(repr=False)

    @property
    def name(self) -> str:
        return self.node.name

    @property
    def index(self) -> int:
        return self.node.index

    @property
    def entry(self) -> dict[str, Any]:
        """The callback's spec entry (clientside code, background, server, progress...)."""
        return self.node.entry

    @property
    def slot(self) -> Slot:
        return (self.node.index, self.instance)


def _is_array_index(key: str) -> bool:
    return key.isascii() and key.isdigit() and (key == "0" or key[0] != "0") and int(key) < 2**32 - 1


def copy_json(value: Any) -> Any:
    """Deep copy of plain JSON data (faster than copy.deepcopy for it). Dict keys come out in
    JavaScript's order, as after a trip through Dash's page: integer-like keys first, ascending,
    then the others as they were added."""
    if isinstance(value, dict):
        keys = list(value)
        numeric = [k for k in keys if _is_array_index(k)]
        if numeric:
            keys = sorted(numeric, key=int) + [k for k in keys if not _is_array_index(k)]
        return {k: copy_json(value[k]) for k in keys}
    if isinstance(value, list):
        return [copy_json(v) for v in value]
    return value


def build_call(
    serial: int,
    node: Node,
    instance: tuple,
    triggers: list[PropKey],
    layout: Layout,
    resolve: Callable[[PropKey, tuple], Resolved],
) -> Call:
    """The call of `node` for `instance`, its arguments read from `layout` now."""
    get = layout.get
    in_res = [resolve(k, instance) for k in node.inputs]
    st_res = [resolve(k, instance) for k in node.states]
    out_res = [resolve(k, instance) for k in node.outputs]
    trigger_set = set(triggers)
    inputs = [_entries(layout, r) for r in in_res]
    states = [_entries(layout, r) for r in st_res]
    values = [_values(layout, r) for r in in_res] + [_values(layout, r) for r in st_res]
    groups = [_grouping(r, e, trigger_set) for r, e in zip(in_res + st_res, inputs + states)]
    arg_names = node.entry.get("arg_names")
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    if arg_names:
        # A flexible signature: each argument is a dependency or a list/dict of them.
        def pick(tree: Any, table: list[Any], mapping: type) -> Any:
            if is_grouping_leaf(tree):
                return table[tree[1] if tree[0] == "input" else len(in_res) + tree[1]]
            if isinstance(tree, dict):
                return mapping((k, pick(v, table, mapping)) for k, v in tree.items())
            return [pick(item, table, mapping) for item in tree]

        # A dict is called with keyword arguments; a list (dicts given positionally) with
        # one positional argument per item.
        if isinstance(arg_names, dict):
            kwargs = pick(arg_names, values, dict)
        else:
            args = pick(arg_names, values, dict)
        grouping: Any = pick(arg_names, groups, AttributeDict)
    else:
        args = values
        grouping = groups
    outputs = [
        [{"id": id_from_string(k[0]), "property": k[1]} for k in r.keys]
        if r.multi
        else {"id": id_from_string(r.keys[0][0]), "property": r.keys[0][1]}
        for r in out_res
    ]
    shape = node.entry.get("output_shape", "list")
    outputs_list: Any = outputs[0] if shape == "single" and outputs else outputs
    info = CallInfo(
        name=node.name,
        triggered=[{"prop_id": f"{k[0]}.{k[1]}", "value": get(*k)} for k in triggers],
        triggered_ids=[id_from_string(k[0]) for k in triggers],
        inputs_list=inputs,
        states_list=states,
        outputs_list=outputs_list,
        args_grouping=grouping,
    )
    return Call(serial, node, instance, list(triggers), args, kwargs, info, out_res)


def _entry(layout: Layout, key: PropKey) -> dict[str, Any]:
    """Dash's inputs_list entry: "value" is left out while the prop was never set."""
    entry = {"id": id_from_string(key[0]), "property": key[1]}
    comp = layout.component(key[0])
    if comp is not None and key[1] in comp["props"]:
        entry["value"] = comp["props"][key[1]]
    return entry


def _entries(layout: Layout, resolved: Resolved) -> Any:
    entries = [_entry(layout, k) for k in resolved.keys]
    if resolved.multi:
        return entries
    return entries[0] if entries else {"id": None, "property": None}


def _values(layout: Layout, resolved: Resolved) -> Any:
    # Copies: a callback that edits its argument must not edit the layout (in Dash each call
    # gets its own JSON-decoded arguments).
    values = [copy_json(layout.get(*k)) for k in resolved.keys]
    if resolved.multi:
        return values
    return values[0] if values else None


def _grouping(resolved: Resolved, entries: Any, triggers: set[PropKey]) -> Any:
    def one(key: PropKey, entry: dict[str, Any]) -> AttributeDict:
        return AttributeDict(
            id=entry["id"],
            property=key[1],
            value=entry.get("value"),
            str_id=key[0],
            triggered=key in triggers,
        )

    if resolved.multi:
        return [one(k, e) for k, e in zip(resolved.keys, entries)]
    if not resolved.keys:
        return AttributeDict(id=None, property=None, value=None, str_id="", triggered=False)
    return one(resolved.keys[0], entries)

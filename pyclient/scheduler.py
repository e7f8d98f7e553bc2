"""The sans-I/O scheduler: events in ("these props changed", "this call returned"), actions out
("run these calls", "apply these prop updates"). Pure standard library, so the same module runs
in CPython (tests, build, server) and in Pyodide (the browser worker).

Dash's ordering rules live here:
- a callback runs only once no pending or running callback upstream of it can still change one
  of its inputs (it waits for its inputs' final values);
- props changed together trigger one call whose `triggered` lists them all;
- a callback's own outputs never re-trigger it (a cycle inside one callback is allowed);
- a newer call of a callback supersedes an older one still running: the older result is dropped;
- initial calls on load and for inserted components follow `prevent_initial_call`, where an
  input inserted next to an output that already existed counts as a change, not a first render.
A callback with MATCH ids runs per "instance" (one set of MATCH values); see patterns.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import patterns
from .context import AttributeDict, CallInfo
from .dependencies import id_from_string, id_string, is_grouping_leaf
from .exceptions import InvalidCallbackReturnValue
from .graph import Graph, Node, PropKey
from .jsonify import NotJSONError, to_json_value
from .layout import Layout
from .memo import Memo, memo_key
from .outcome import NoUpdate, split_return
from .patch import PatchError, apply_patch, is_patch

Slot = tuple  # (callback index, instance)


def _pattern_values(key: PropKey) -> list[Any]:
    parsed = patterns.parse(key[0])
    return list(parsed.values()) if isinstance(parsed, dict) else []


def _is_array_index(key: str) -> bool:
    return key.isascii() and key.isdigit() and (key == "0" or key[0] != "0") and int(key) < 2**32 - 1


def _copy_json(value: Any) -> Any:
    """Deep copy of plain JSON data (faster than copy.deepcopy for it). Dict keys come out in
    JavaScript's order, as after a trip through Dash's page: integer-like keys first, ascending,
    then the others as they were added."""
    if isinstance(value, dict):
        keys = list(value)
        numeric = [k for k in keys if _is_array_index(k)]
        if numeric:
            keys = sorted(numeric, key=int) + [k for k in keys if not _is_array_index(k)]
        return {k: _copy_json(value[k]) for k in keys}
    if isinstance(value, list):
        return [_copy_json(v) for v in value]
    return value


@dataclass
class Resolved:
    """One dependency of one call: a single prop, or a list of props (ALL / ALLSMALLER)."""

    multi: bool
    keys: list[PropKey]


@dataclass
class Call:
    """One call the driver must make: the function's arguments plus its ctx."""

    serial: int
    node: Node
    instance: tuple
    triggered: list[PropKey]
    args: list[Any]
    kwargs: dict[str, Any]
    info: CallInfo
    outputs: list[Resolved] = field(default_factory=list)
    memo_key: str | None = None
    memo_hit: bool = False
    memo_value: Any = None
    running_on: list[dict[str, Any]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.node.name

    @property
    def slot(self) -> Slot:
        return (self.node.index, self.instance)


@dataclass
class Outcome:
    """What finishing a call produced: prop updates for the page, or an error to show."""

    updates: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    stale: bool = False


class Scheduler:
    def __init__(
        self,
        entries: list[dict[str, Any]],
        layout: Any,
        *,
        suppress_callback_exceptions: bool = False,
        memo_size: int = 128,
    ) -> None:
        self.graph = Graph(entries)
        self.layout = Layout(layout)
        self.suppress = suppress_callback_exceptions
        self.requested: dict[Slot, list[PropKey]] = {}
        self.running: dict[Slot, Call] = {}
        self.memos: dict[int, Memo] = {}
        self.memo_size = memo_size
        self._serial = 0

    # -- events -------------------------------------------------------------------------------
    def start(self, mount_changes: list[dict[str, Any]] = ()) -> None:
        """Queue the initial calls of every callback present in the layout.

        `mount_changes` are props components set while mounting (dcc.Location's URL, a Store's
        modified_timestamp): as in Dash they join the initial pass as triggers, and a callback
        they feed runs even with prevent_initial_call.
        """
        mounted: list[PropKey] = []
        for change in mount_changes:
            if self.layout.has(change["id"]):
                self.layout.set(change["id"], change["prop"], change.get("value"))
                mounted.append((change["id"], change["prop"]))
        initial = [
            (node.index, instance)
            for node in self.graph.nodes
            if not node.prevent_initial_call
            for instance in self._instances(node)
            if self._can_run(node, instance)
        ]
        # As in Dash, a callback whose every input is an output of another initial call gets
        # no call of its own: it runs when (and only if) those upstream calls change them. An
        # upstream callback that cannot run yet because an input is missing counts too (Dash
        # calls its outputs "prevented"): what reads only its outputs waits for it.
        written: dict[PropKey, set[int]] = {}
        for index, instance in initial:
            for key in self.graph.nodes[index].ordering_outputs:
                for k in self._resolve(key, instance).keys:
                    written.setdefault(k, set()).add(index)
        for index, keys in self._outputs_waiting_for_inputs():
            for k in keys:
                written.setdefault(k, set()).add(index)
        for index, instance in initial:
            node = self.graph.nodes[index]
            keys = [k for i in node.inputs for k in self._resolve(i, instance).keys]
            if keys and all(written.get(k, set()) - {index} for k in keys):
                continue
            self._request((index, instance), None)
        for key in mounted:
            for slot in self.graph.inputs_fed_by(key):
                if self._can_run(self.graph.nodes[slot[0]], slot[1]):
                    self._request(slot, key)

    def changes(self, changes: list[dict[str, Any]]) -> None:
        """Props changed together outside any callback (a user action)."""
        self._apply([(c["id"], c["prop"], c.get("value")) for c in changes], source=None)

    def next_calls(self) -> list[Call]:
        """Start every requested callback that nothing upstream can still change."""
        if not self.requested:
            return []
        active = {slot[0] for slot in self.requested} | {slot[0] for slot in self.running}
        blocked = self.graph.reachable_from(active)
        calls = []
        ready = [s for s in self.requested if s[0] not in blocked]
        waiting = self._waiting_instances(ready)
        for slot in [s for s in ready if s not in waiting]:
            triggers = self.requested.pop(slot)
            call = self._make_call(self.graph.nodes[slot[0]], slot[1], triggers)
            if call is not None:
                self.running[slot] = call
                call.running_on = self._running_updates(call, "on")
                calls.append(call)
        return calls

    def _waiting_instances(self, ready: list[tuple]) -> set[tuple]:
        """Instances that wait for another instance of their own callback, pending or running,
        which writes what they read: an ALLSMALLER chain runs item by item, as in Dash. When
        every ready instance of a callback would wait and none runs, none waits (they read
        each other). Only callbacks that feed themselves are looked at."""
        waiting: set[tuple] = set()
        mine_by_node: dict[int, list[tuple]] = {}
        for slot in ready:
            if self.graph.nodes[slot[0]].feeds_itself:
                mine_by_node.setdefault(slot[0], []).append(slot)
        for index, mine in mine_by_node.items():
            node = self.graph.nodes[index]
            pending = [s for s in [*self.requested, *self.running] if s[0] == index]
            writers: dict[PropKey, set[tuple]] = {}
            for slot in pending:
                for key in node.outputs:
                    for k in self._resolve(key, slot[1]).keys:
                        writers.setdefault(k, set()).add(slot)
            blocked = {
                slot for slot in mine
                if any(writers.get(k, set()) - {slot}
                       for key in node.inputs for k in self._resolve(key, slot[1]).keys)
            }
            if len(blocked) < len(mine) or any(s[0] == index for s in self.running):
                waiting |= blocked
        return waiting

    def finish(
        self, call: Call, value: Any, side_updates: list[tuple[Any, dict[str, Any]]] = ()
    ) -> Outcome:
        """The call returned `value` (and maybe `set_props` side updates)."""
        if not self._retire(call):
            return Outcome(stale=True)
        node = call.node
        done = self._running_updates(call, "off")
        try:
            if call.memo_hit:
                changes = call.memo_value
            else:
                changes = self._output_changes(call, value)
                changes += [
                    (cid, prop, v)
                    for cid, props in (self._side_update(node, c, p) for c, p in side_updates)
                    for prop, v in props.items()
                ]
                if call.memo_key is not None:
                    memo = self.memos.setdefault(node.index, Memo(self.memo_size))
                    memo.put(call.memo_key, changes)
        except InvalidCallbackReturnValue as err:
            return Outcome(updates=done, error=str(err))
        resolved = []
        for id_str, prop, item in changes:
            if is_patch(item):
                try:
                    item = apply_patch(self.layout.get(id_str, prop), item)
                except PatchError as err:
                    return Outcome(
                        updates=done,
                        error=f'Callback "{node.name}" returned a Patch for "{id_str}.{prop}" '
                        f"that does not fit its current value: {err}.",
                    )
            resolved.append((id_str, prop, item))
        return Outcome(updates=self._apply(resolved, source=node.index) + done)

    def progress(self, call: Call, value: Any) -> Outcome:
        """A background call's `set_progress(value)`: write its progress outputs now."""
        outputs = call.node.entry.get("progress") or []
        if not self.is_current(call) or not outputs:
            return Outcome()
        values = list(value) if len(outputs) > 1 and isinstance(value, (list, tuple)) else [value]
        if len(values) != len(outputs):
            return Outcome(
                error=f'Callback "{call.name}" called set_progress with {len(values)} values but '
                f"declares {len(outputs)} progress outputs; pass one value per output."
            )
        changes = []
        for output, item in zip(outputs, values):
            where = f'callback "{call.name}" progress "{output["id"]}.{output["property"]}"'
            try:
                changes.append((output["id"], output["property"],
                                to_json_value(item, where, plotly_rules=True)))
            except NotJSONError as err:
                return Outcome(error=str(err))
        return Outcome(updates=self._apply(changes, source=call.node.index))

    def prevent(self, call: Call) -> Outcome:
        """The call raised PreventUpdate: nothing changes, nothing downstream runs."""
        return Outcome(updates=self._running_updates(call, "off") if self._retire(call) else [])

    def fail(self, call: Call) -> Outcome:
        """The call raised: like PreventUpdate for ordering; the driver shows the error."""
        return self.prevent(call)

    @property
    def busy(self) -> bool:
        return bool(self.requested or self.running)

    def is_current(self, call: Call) -> bool:
        return self.running.get(call.slot) is call

    # -- outputs --------------------------------------------------------------------------------
    def _output_changes(self, call: Call, value: Any) -> list[tuple[str, str, Any]]:
        node = call.node
        values = split_return(
            node.name, node.entry.get("output_shape", "list"), node.entry["outputs"], value
        )
        changes = []
        for resolved, item in zip(call.outputs, values):
            if isinstance(item, NoUpdate):
                continue
            if not resolved.multi:
                changes.extend((k[0], k[1], item) for k in resolved.keys)
                continue
            if not isinstance(item, list) or len(item) != len(resolved.keys):
                where = resolved.keys[0][1] if resolved.keys else "?"
                raise InvalidCallbackReturnValue(
                    f'Callback "{node.name}" has a pattern-matching output (ALL) on "{where}" '
                    f"matching {len(resolved.keys)} components, so it must return a list of "
                    f"{len(resolved.keys)} values for it; got {item!r:.80}."
                )
            changes.extend(
                (k[0], k[1], v) for k, v in zip(resolved.keys, item) if not NoUpdate.is_no_update(v)
            )
        return changes

    def _running_updates(self, call: Call, phase: str) -> list[dict[str, Any]]:
        """`running=` props: set while the call runs ("on"), restored after ("off"); at the
        end, progress outputs go back to `progress_default` when the callback names one."""
        entry = call.node.entry
        settings = [(r["id"], r["property"], r[phase]) for r in entry.get("running") or []]
        if phase == "off" and entry.get("progress_default") is not None:
            settings += [(o["id"], o["property"], entry["progress_default"]) for o in entry.get("progress") or []]
        updates = []
        for pattern, prop, value in settings:
            # A MATCH/ALL id means the components of this call's instance, as for its outputs.
            for id_str, _ in self._resolve((pattern, prop), call.instance).keys:
                if self.layout.has(id_str):
                    self.layout.set(id_str, prop, value)
                    updates.append({"id": id_str, "prop": prop, "value": value})
        return updates

    def _side_update(self, node: Node, cid: Any, props: dict[str, Any]) -> tuple[str, dict]:
        id_str = id_string(cid)
        if not self.layout.has(id_str):
            raise InvalidCallbackReturnValue(
                f'Callback "{node.name}" called set_props("{id_str}", ...) but no component with '
                f'id "{id_str}" is in the layout. Check the id.'
            )
        out = {}
        for prop, value in props.items():
            where = f'callback "{node.name}" set_props "{id_str}.{prop}"'
            try:
                out[prop] = to_json_value(value, where, plotly_rules=True)
            except NotJSONError as err:
                raise InvalidCallbackReturnValue(str(err)) from None
        return id_str, out

    # -- internals ------------------------------------------------------------------------------
    def _retire(self, call: Call) -> bool:
        if self.running.get(call.slot) is not call:
            return False  # superseded by a newer call of the same callback
        del self.running[call.slot]
        return True

    def _request(self, slot: Slot, key: PropKey | None) -> None:
        triggers = self.requested.setdefault(slot, [])
        if key is not None and key not in triggers:
            triggers.append(key)

    def _instances(self, node: Node, by_outputs: bool = False) -> list[tuple]:
        """Every MATCH value set present in the layout (one `()` for callbacks without MATCH).
        The MATCH inputs name the instances; with none (an ALLSMALLER chain) or `by_outputs`,
        the outputs do."""
        if not node.has_match:
            return [()]
        found: list[tuple] = []
        matching = [] if by_outputs else [
            k for k in node.inputs if patterns.MATCH in _pattern_values(k)]
        for key in matching or [k for k in node.outputs if patterns.MATCH in _pattern_values(k)]:
            pattern = patterns.parse(key[0])
            for _id_str, concrete in self.layout.dict_ids():
                if patterns.matches(pattern, concrete):
                    instance = patterns.instance_of(pattern, concrete)
                    if instance not in found:
                        found.append(instance)
        return found

    def _resolve(self, key: PropKey, instance: tuple) -> Resolved:
        if not patterns.is_pattern(key[0]):
            return Resolved(False, [key])
        multi, ids = patterns.resolve(patterns.parse(key[0]), instance, self.layout.dict_ids())
        return Resolved(multi, [(i, key[1]) for i in ids])

    def _outputs_waiting_for_inputs(self) -> list[tuple[int, list[PropKey]]]:
        """The present outputs of callbacks that would run on load but for a missing input."""
        found = []
        for node in self.graph.nodes:
            if node.prevent_initial_call:
                continue
            for instance in self._instances(node, by_outputs=True):
                if self._can_run(node, instance) or not self._outputs_present(node, instance):
                    continue
                keys = [k for key in node.ordering_outputs
                        for k in self._resolve(key, instance).keys if self.layout.has(k[0])]
                found.append((node.index, keys))
        return found

    def _outputs_present(self, node: Node, instance: tuple) -> bool:
        """An ALL output counts only when it matches a component (Dash does not call a callback
        whose only outputs match nothing)."""
        return any(self.layout.has(k[0]) for key in node.outputs
                   for k in self._resolve(key, instance).keys)

    def _can_run(self, node: Node, instance: tuple) -> bool:
        """Every required input/state exists, and some output exists (if it has outputs)."""
        for key in node.inputs + node.states:
            resolved = self._resolve(key, instance)
            if resolved.multi or key in node.optional:
                continue
            if not resolved.keys or not self.layout.has(resolved.keys[0][0]):
                return False
        if not node.outputs:
            return True
        return self._outputs_present(node, instance)

    def _apply(self, changes: list[tuple[str, str, Any]], source: int | None) -> list[dict]:
        """Write props, trigger dependants, and run the initial calls of inserted components."""
        updates = []
        added: list[str] = []
        removed: list[str] = []
        changed: list[PropKey] = []
        for id_str, prop, value in changes:
            if not self.layout.has(id_str):
                continue
            new_ids, removed_ids = self.layout.set(id_str, prop, value)
            added.extend(new_ids)
            removed.extend(removed_ids)
            changed.append((id_str, prop))
            updates.append({"id": id_str, "prop": prop, "value": value})
        for key in changed:
            for slot in self.graph.inputs_fed_by(key):
                if slot[0] == source:
                    continue
                node = self.graph.nodes[slot[0]]
                if node.has_match and not slot[1]:
                    # An ALL / ALLSMALLER input of a MATCH callback: every instance that reads
                    # this prop runs (for ALLSMALLER, those with a larger MATCH value).
                    for instance in self._instances(node):
                        if any(key in self._resolve(i, instance).keys for i in node.inputs):
                            self._request((slot[0], instance), key)
                    continue
                self._request(slot, key)
        if added:
            self._inserted(added, source)
        if removed:
            self._shrunk(removed, source)
        return updates

    def _shrunk(self, removed: list[str], source: int | None) -> None:
        """An ALL / ALLSMALLER input that lost components: its callback runs again with the
        shorter list and nothing in `triggered`, as in Dash (MATCH callbacks are left out)."""
        slots: set[Slot] = set()
        for id_str in removed:
            parsed = patterns.parse(id_str)
            if not isinstance(parsed, dict):
                continue
            for index, _ in self.graph.touching_id(id_str):
                node = self.graph.nodes[index]
                if index == source or node.has_match or (index, ()) in slots:
                    continue
                reads = [k for k in node.inputs if patterns.is_pattern(k[0])
                         and patterns.matches(patterns.parse(k[0]), parsed)]
                if any(self._resolve(k, ()).multi for k in reads) and self._can_run(node, ()):
                    slots.add((index, ()))
        for slot in sorted(slots):
            self._request(slot, None)

    def _inserted(self, added: list[str], source: int | None) -> None:
        added_set = set(added)
        slots: list[Slot] = []
        for id_str in added:
            for slot in self.graph.touching_id(id_str):
                if slot not in slots:
                    slots.append(slot)
        for slot in sorted(slots, key=lambda s: s[0]):
            index, instance = slot
            node = self.graph.nodes[index]
            if index == source or not self._can_run(node, instance):
                continue
            present = [
                k for o in node.outputs for k in self._resolve(o, instance).keys if self.layout.has(k[0])
            ]
            outputs_new = bool(present) and all(k[0] in added_set for k in present)
            new_inputs = [
                k for i in node.inputs for k in self._resolve(i, instance).keys if k[0] in added_set
            ]
            if not new_inputs and not outputs_new:
                continue  # only a State appeared
            if node.prevent_initial_call and (outputs_new or not node.outputs):
                continue
            if outputs_new or not new_inputs:
                self._request(slot, None)
            else:
                # The output was already there: its new input counts as a changed value.
                for key in new_inputs:
                    self._request(slot, key)

    def _make_call(self, node: Node, instance: tuple, triggers: list[PropKey]) -> Call | None:
        if not self._can_run(node, instance):
            return None
        self._serial += 1
        get = self.layout.get
        in_res = [self._resolve(k, instance) for k in node.inputs]
        st_res = [self._resolve(k, instance) for k in node.states]
        out_res = [self._resolve(k, instance) for k in node.outputs]
        trigger_set = set(triggers)
        inputs = [self._entries(r) for r in in_res]
        states = [self._entries(r) for r in st_res]
        values = [self._values(r) for r in in_res] + [self._values(r) for r in st_res]
        groups = [self._grouping(r, e, trigger_set) for r, e in zip(in_res + st_res, inputs + states)]
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
        call = Call(self._serial, node, instance, list(triggers), args, kwargs, info, out_res)
        if node.memoize:
            call.memo_key = memo_key([args, kwargs], [t["prop_id"] for t in info.triggered])
            if call.memo_key is not None and node.index in self.memos:
                call.memo_hit, call.memo_value = self.memos[node.index].get(call.memo_key)
        return call

    def _entry(self, key: PropKey) -> dict[str, Any]:
        """Dash's inputs_list entry: "value" is left out while the prop was never set."""
        entry = {"id": id_from_string(key[0]), "property": key[1]}
        comp = self.layout.component(key[0])
        if comp is not None and key[1] in comp["props"]:
            entry["value"] = comp["props"][key[1]]
        return entry

    def _entries(self, resolved: Resolved) -> Any:
        entries = [self._entry(k) for k in resolved.keys]
        if resolved.multi:
            return entries
        return entries[0] if entries else {"id": None, "property": None}

    def _values(self, resolved: Resolved) -> Any:
        # Copies: a callback that edits its argument must not edit the layout (in Dash each
        # call gets its own JSON-decoded arguments).
        values = [_copy_json(self.layout.get(*k)) for k in resolved.keys]
        if resolved.multi:
            return values
        return values[0] if values else None

    @staticmethod
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

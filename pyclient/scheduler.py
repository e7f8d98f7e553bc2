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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .context import AttributeDict, CallInfo
from .dependencies import id_from_string
from .exceptions import InvalidCallbackReturnValue
from .graph import Graph, Node, PropKey
from .layout import Layout
from .memo import Memo, memo_key
from .outcome import NoUpdate, split_return


@dataclass
class Call:
    """One call the driver must make: the function's arguments plus its ctx."""

    serial: int
    node: Node
    triggered: list[PropKey]
    args: list[Any]
    kwargs: dict[str, Any]
    info: CallInfo
    memo_key: str | None = None
    memo_hit: bool = False
    memo_value: Any = None

    @property
    def name(self) -> str:
        return self.node.name

    @property
    def initial(self) -> bool:
        return not self.triggered


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
        self.requested: dict[int, list[PropKey]] = {}
        self.running: dict[int, Call] = {}
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
        for node in self.graph.nodes:
            if node.prevent_initial_call or not self._can_run(node):
                continue
            self._request(node.index, None)
        for key in mounted:
            for index in self.graph.by_input.get(key, ()):
                if self._can_run(self.graph.nodes[index]):
                    self._request(index, key)

    def changes(self, changes: list[dict[str, Any]]) -> None:
        """Props changed together outside any callback (a user action)."""
        self._apply([(c["id"], c["prop"], c.get("value")) for c in changes], source=None)

    def next_calls(self) -> list[Call]:
        """Start every requested callback that nothing upstream can still change."""
        if not self.requested:
            return []
        blocked = self.graph.reachable_from(list(self.requested) + list(self.running))
        calls = []
        for index in [i for i in self.requested if i not in blocked]:
            triggers = self.requested.pop(index)
            call = self._make_call(self.graph.nodes[index], triggers)
            if call is not None:
                self.running[index] = call
                calls.append(call)
        return calls

    def finish(
        self, call: Call, value: Any, side_updates: list[tuple[Any, dict[str, Any]]] = ()
    ) -> Outcome:
        """The call returned `value` (and maybe `set_props` side updates)."""
        if not self._retire(call):
            return Outcome(stale=True)
        node = call.node
        if call.memo_hit:
            values, side = call.memo_value
        else:
            try:
                values = split_return(
                    node.name, node.entry.get("output_shape", "list"), node.entry["outputs"], value
                )
                side = [self._side_update(node, cid, props) for cid, props in side_updates]
            except InvalidCallbackReturnValue as err:
                return Outcome(error=str(err))
            if call.memo_key is not None:
                self.memos.setdefault(node.index, Memo(self.memo_size)).put(
                    call.memo_key, (values, side)
                )
        changes = [
            (key[0], key[1], item)
            for key, item in zip(node.outputs, values)
            if not isinstance(item, NoUpdate)
        ]
        for cid, props in side:
            changes.extend((cid, prop, v) for prop, v in props.items())
        return Outcome(updates=self._apply(changes, source=node.index))

    def prevent(self, call: Call) -> None:
        """The call raised PreventUpdate: nothing changes, nothing downstream runs."""
        self._retire(call)

    def fail(self, call: Call) -> None:
        """The call raised: like PreventUpdate for ordering; the driver shows the error."""
        self._retire(call)

    @property
    def busy(self) -> bool:
        return bool(self.requested or self.running)

    def is_current(self, call: Call) -> bool:
        return self.running.get(call.node.index) is call

    # -- internals ------------------------------------------------------------------------------
    def _retire(self, call: Call) -> bool:
        if self.running.get(call.node.index) is not call:
            return False  # superseded by a newer call of the same callback
        del self.running[call.node.index]
        return True

    def _request(self, index: int, key: PropKey | None) -> None:
        triggers = self.requested.setdefault(index, [])
        if key is not None and key not in triggers:
            triggers.append(key)

    def _can_run(self, node: Node) -> bool:
        """All required inputs and states exist, and some output exists (if it has outputs)."""
        for key in node.inputs + node.states:
            if key not in node.optional and not self.layout.has(key[0]):
                return False
        return not node.outputs or any(self.layout.has(k[0]) for k in node.outputs)

    def _side_update(self, node: Node, cid: Any, props: dict[str, Any]) -> tuple[str, dict]:
        from .dependencies import id_string
        from .jsonify import NotJSONError, to_json_value

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
                out[prop] = to_json_value(value, where)
            except NotJSONError as err:
                raise InvalidCallbackReturnValue(str(err)) from None
        return id_str, out

    def _apply(self, changes: list[tuple[str, str, Any]], source: int | None) -> list[dict]:
        """Write props, trigger dependants, and run the initial calls of inserted components."""
        updates = []
        added: list[str] = []
        changed: list[PropKey] = []
        for id_str, prop, value in changes:
            if not self.layout.has(id_str):
                continue
            new_ids, _removed = self.layout.set(id_str, prop, value)
            added.extend(new_ids)
            changed.append((id_str, prop))
            updates.append({"id": id_str, "prop": prop, "value": value})
        for key in changed:
            for index in self.graph.by_input.get(key, ()):
                if index != source:
                    self._request(index, key)
        if added:
            self._inserted(set(added), source)
        return updates

    def _inserted(self, added: set[str], source: int | None) -> None:
        candidates: set[int] = set()
        for id_str in added:
            candidates |= self.graph.by_id.get(id_str, set())
        for index in sorted(candidates):
            node = self.graph.nodes[index]
            if index == source or not self._can_run(node):
                continue
            present = [k for k in node.outputs if self.layout.has(k[0])]
            outputs_new = bool(present) and all(k[0] in added for k in present)
            new_inputs = [k for k in node.inputs if k[0] in added]
            if not new_inputs and not outputs_new:
                continue  # only a State appeared
            if node.prevent_initial_call and (outputs_new or not node.outputs):
                continue
            if outputs_new or not new_inputs:
                self._request(index, None)
            else:
                # The output was already there: its new input counts as a changed value.
                for key in new_inputs:
                    self._request(index, key)

    def _make_call(self, node: Node, triggers: list[PropKey]) -> Call | None:
        if not self._can_run(node):
            return None
        self._serial += 1
        get = self.layout.get
        inputs = [self._entry(k) for k in node.inputs]
        states = [self._entry(k) for k in node.states]
        triggered = [{"prop_id": f"{k[0]}.{k[1]}", "value": get(*k)} for k in triggers]
        trigger_set = set(triggers)
        arg_names = node.entry.get("arg_names")
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        if arg_names:
            grouping: Any = AttributeDict()
            for name, (kind, i) in arg_names.items():
                entry = inputs[i] if kind == "input" else states[i]
                key = node.inputs[i] if kind == "input" else node.states[i]
                kwargs[name] = entry.get("value")
                grouping[name] = self._grouping(key, entry, key in trigger_set)
        else:
            args = [e.get("value") for e in inputs] + [e.get("value") for e in states]
            grouping = [
                self._grouping(k, e, k in trigger_set)
                for k, e in zip(node.inputs + node.states, inputs + states)
            ]
        outputs = [{"id": id_from_string(k[0]), "property": k[1]} for k in node.outputs]
        shape = node.entry.get("output_shape", "list")
        outputs_list: Any = outputs[0] if shape == "single" and outputs else outputs
        info = CallInfo(
            name=node.name,
            triggered=triggered,
            triggered_ids=[id_from_string(k[0]) for k in triggers],
            inputs_list=inputs,
            states_list=states,
            outputs_list=outputs_list,
            args_grouping=grouping,
        )
        call = Call(self._serial, node, list(triggers), args, kwargs, info)
        if node.memoize:
            call.memo_key = memo_key([args, kwargs], [t["prop_id"] for t in triggered])
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

    @staticmethod
    def _grouping(key: PropKey, entry: dict[str, Any], triggered: bool) -> AttributeDict:
        return AttributeDict(
            id=entry["id"],
            property=key[1],
            value=entry.get("value"),
            str_id=key[0],
            triggered=triggered,
        )

"""The sans-I/O scheduler: one method, `send(event) -> list[Action]` (events.py in, actions.py
out), like h11. Pure standard library, so the same module runs in CPython (tests, build, server)
and in Pyodide (the browser worker). Drivers only perform the actions.

Dash's ordering rules live here:
- a callback runs only once no pending or running callback upstream of it can still change one
  of its inputs (it waits for its inputs' final values);
- props changed together trigger one call whose `triggered` lists them all;
- a callback's own outputs never re-trigger it (a cycle inside one callback is allowed);
- a newer call of a callback supersedes an older one still running: the older result is dropped;
- initial calls on load and for inserted components follow `prevent_initial_call`, where an
  input inserted next to an output that already existed counts as a change, not a first render.
A callback with MATCH ids runs per "instance" (one set of MATCH values); see patterns.py.

And the policies around them: a memoised call is answered here without running anything;
`running=` props are set when a call starts and restored when it ends; input made while Python
loaded is replayed one event at a time once the initial calls are done; a `cancel=` input stops
the background calls it names.
"""

from __future__ import annotations

from typing import Any

from . import patterns
from .actions import Action, Busy, Cancel, Idle, PropChange, Ready, Run, Running, ShowError, Update
from .calls import Call, Resolved, Slot, build_call
from .dependencies import id_string
from .events import Change, Event, Fail, Prevent, Progress, Return, Start, Step
from .exceptions import InvalidCallbackReturnValue
from .graph import Graph, Node, PropKey
from .jsonify import NotJSONError, to_json_value
from .layout import Layout
from .memo import Memo, memo_key
from .outcome import NoUpdate, split_return
from .patch import PatchError, apply_patch, is_patch


def _pattern_values(key: PropKey) -> list[Any]:
    parsed = patterns.parse(key[0])
    return list(parsed.values()) if isinstance(parsed, dict) else []


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
        self.running: dict[Slot, Call] = {}  # the current call of each slot
        self.issued: dict[int, Call] = {}  # every call a driver was asked to make, by serial
        self.memos: dict[int, Memo] = {}
        self.memo_size = memo_size
        self.counts = {node.name: 0 for node in self.graph.nodes}
        self.ready = False
        self.last_seq = 0
        self._queued: list[Change] = []  # input waiting for the calls before it
        self._memo_keys: dict[int, str] = {}
        self._serial = 0
        self._computing: dict[PropKey, int] = {}  # output -> running calls that write it
        self._shown: set[PropKey] = set()  # what the driver last heard is being computed
        self._touched: set[PropKey] = set()

    # -- the one verb ---------------------------------------------------------------------------
    def send(self, event: Event) -> list[Action]:
        actions: list[Action] = []
        if isinstance(event, Start):
            self._start(list(event.mount_changes))
            self._advance(actions)
        elif isinstance(event, Change):
            self._change(event, actions)
        elif isinstance(event, Step):
            self._advance(actions)
        elif isinstance(event, Return):
            self._return(event, actions)
        elif isinstance(event, Prevent):
            call = self.issued.pop(event.serial, None)
            if call is not None and self._retire(call):
                self._update(actions, self._running_props(call, "off"))
        elif isinstance(event, Fail):
            call = self.issued.pop(event.serial, None)
            if call is not None:
                if self._retire(call):
                    self._update(actions, self._running_props(call, "off"))
                actions.append(self._error(call, event.message, event.traceback))
        elif isinstance(event, Progress):
            self._progress(event, actions)
        else:
            raise TypeError(f"The scheduler does not know the event {event!r}.")
        return actions

    @property
    def busy(self) -> bool:
        return bool(self.requested or self.issued)

    def expected_outputs(self) -> list[PropKey]:
        """The outputs in the layout that the initial calls, and the callbacks downstream of
        them, are expected to write (the page shows them as loading while Python starts)."""
        starts = {node.index for node in self.graph.nodes if not node.prevent_initial_call}
        found: dict[PropKey, None] = {}
        for index in sorted(starts | self.graph.reachable_from(starts)):
            node = self.graph.nodes[index]
            for instance in self._instances(node, by_outputs=True):
                for key in node.outputs:
                    found.update((k, None) for k in self._resolve(key, instance).keys
                                 if self.layout.has(k[0]))
        return list(found)

    # -- events -------------------------------------------------------------------------------
    def _change(self, event: Change, actions: list[Action]) -> None:
        self._cancel_for(event.changes, actions)
        if not self.ready or self._queued or (event.early and self.busy):
            self._queued.append(event)  # replayed once everything before it is done
            return
        self._apply_change(event, actions)
        self._advance(actions)

    def _apply_change(self, event: Change, actions: list[Action]) -> None:
        self.last_seq = max(self.last_seq, event.seq)
        self._apply([(c["id"], c["prop"], c.get("value")) for c in event.changes], source=None)
        actions.append(Busy(event.seq))

    def _advance(self, actions: list[Action]) -> None:
        """Start what may start; when nothing is left, say so (ready after the initial calls)
        and replay the next input that waited."""
        while True:
            self._start_calls(actions)
            self._report_running(actions)
            if self.busy:
                return
            if not self.ready:
                self.ready = True
                actions.append(Ready(dict(self.counts)))
            if not self._queued:
                actions.append(Idle(self.last_seq, dict(self.counts)))
                return
            self._apply_change(self._queued.pop(0), actions)

    def _start_calls(self, actions: list[Action]) -> None:
        """Hand out every call that may start. A memo hit is answered at once (its outputs are
        applied as a real call's would be), which may let more calls start."""
        changes: list[PropChange] = []
        runs: list[Action] = []
        while True:
            hits = False
            for call in self._next_calls():
                changes += self._running_props(call, "on")
                key = memo_key([call.args, call.kwargs], [t["prop_id"] for t in call.info.triggered]) \
                    if call.node.memoize else None
                memo = self.memos.get(call.index)
                found, value = memo.get(key) if memo is not None and key is not None else (False, None)
                if found:
                    hits = True
                    self._retire(call)
                    done, error = self._conclude(call, value)
                    changes += done
                    if error:
                        self._update(actions, changes)
                        changes = []
                        actions.append(self._error(call, error))
                    continue
                if key is not None:
                    self._memo_keys[call.serial] = key
                self.issued[call.serial] = call
                self.counts[call.name] = self.counts.get(call.name, 0) + 1
                runs.append(Run(call))
            if not hits:
                break
        self._update(actions, changes)
        actions.extend(runs)

    def _return(self, event: Return, actions: list[Action]) -> None:
        call = self.issued.pop(event.serial, None)
        key = self._memo_keys.pop(event.serial, None)
        if call is None or not self._retire(call):
            return  # superseded by a newer call of the same callback, or cancelled
        try:
            changes = self._output_changes(call, event.value)
            changes += [
                (cid, prop, v)
                for cid, props in (self._side_update(call.node, c, p) for c, p in event.side_updates)
                for prop, v in props.items()
            ]
        except InvalidCallbackReturnValue as err:
            self._update(actions, self._running_props(call, "off"))
            actions.append(self._error(call, str(err)))
            return
        if key is not None:
            self.memos.setdefault(call.index, Memo(self.memo_size)).put(key, changes)
        done, error = self._conclude(call, changes)
        self._update(actions, done)
        if error:
            actions.append(self._error(call, error))

    def _conclude(self, call: Call, changes: list) -> tuple[list[PropChange], str | None]:
        """Apply a retired call's output changes (Patches against the current values) and
        restore its `running=` props."""
        done = self._running_props(call, "off")
        resolved = []
        for id_str, prop, item in changes:
            if is_patch(item):
                try:
                    item = apply_patch(self.layout.get(id_str, prop), item)
                except PatchError as err:
                    return done, (f'Callback "{call.name}" returned a Patch for "{id_str}.{prop}" '
                                  f"that does not fit its current value: {err}.")
            resolved.append((id_str, prop, item))
        return self._apply(resolved, source=call.index) + done, None

    def _progress(self, event: Progress, actions: list[Action]) -> None:
        """A background call's `set_progress(value)`: write its progress outputs now."""
        call = self.issued.get(event.serial)
        outputs = (call.entry.get("progress") or []) if call is not None else []
        if call is None or self.running.get(call.slot) is not call or not outputs:
            return
        value = event.value
        values = list(value) if len(outputs) > 1 and isinstance(value, (list, tuple)) else [value]
        if len(values) != len(outputs):
            actions.append(self._error(
                call, f'Callback "{call.name}" called set_progress with {len(values)} values '
                f"but declares {len(outputs)} progress outputs; pass one value per output."))
            return
        changes = []
        for output, item in zip(outputs, values):
            where = f'callback "{call.name}" progress "{output["id"]}.{output["property"]}"'
            try:
                changes.append((output["id"], output["property"],
                                to_json_value(item, where, plotly_rules=True)))
            except NotJSONError as err:
                actions.append(self._error(call, str(err)))
                return
        self._update(actions, self._apply(changes, source=call.index))

    def _cancel_for(self, changes: tuple[dict[str, Any], ...], actions: list[Action]) -> None:
        """A `cancel=` input changed: let go of the running calls it names, at once (even when
        the change itself waits its turn), and tell the driver to stop them."""
        changed = {(c["id"], c["prop"]) for c in changes}
        hit = [call for call in self.running.values()
               if any((c["id"], c["property"]) in changed for c in call.entry.get("cancel") or [])]
        if not hit:
            return
        undone: list[PropChange] = []
        for call in hit:
            self._retire(call)
            undone += self._running_props(call, "off")
        self._update(actions, undone)
        actions.append(Cancel(tuple(hit)))

    # -- what is running ------------------------------------------------------------------------
    def _next_calls(self) -> list[Call]:
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
            node = self.graph.nodes[slot[0]]
            if not self._can_run(node, slot[1]):
                continue
            self._serial += 1
            call = build_call(self._serial, node, slot[1], triggers, self.layout, self._resolve)
            older = self.running.get(slot)
            if older is not None:
                self._count_outputs(older, -1)  # superseded: its result will be dropped
            self.running[slot] = call
            self._count_outputs(call, +1)
            calls.append(call)
        return calls

    def _retire(self, call: Call) -> bool:
        if self.running.get(call.slot) is not call:
            return False  # superseded by a newer call of the same callback, or cancelled
        del self.running[call.slot]
        self._count_outputs(call, -1)
        return True

    def _count_outputs(self, call: Call, step: int) -> None:
        for resolved in call.outputs:
            for key in resolved.keys:
                self._computing[key] = self._computing.get(key, 0) + step
                if not self._computing[key]:
                    del self._computing[key]
                self._touched.add(key)

    def _report_running(self, actions: list[Action]) -> None:
        """Say what began or stopped being computed since the last report. Only when calls
        start (Start, Change, Step): in a chain, the end of one call and the start of the next
        travel as one message."""
        if not self._touched:
            return
        started = sorted(k for k in self._touched if k in self._computing and k not in self._shown)
        stopped = sorted(k for k in self._touched if k not in self._computing and k in self._shown)
        self._touched.clear()
        if started or stopped:
            self._shown.update(started)
            self._shown.difference_update(stopped)
            actions.append(Running(tuple(started), tuple(stopped)))

    @staticmethod
    def _error(call: Call, message: str, traceback: str = "") -> ShowError:
        """The error of a call, with what its inputs and states held (for the author's overlay)."""
        entries: list[Any] = []
        for item in [*call.info.inputs_list, *call.info.states_list]:
            entries.extend(item if isinstance(item, list) else [item])
        inputs = tuple((f"{id_string(e['id'])}.{e['property']}", e.get("value"))
                       for e in entries if e.get("id") is not None)
        return ShowError(call.name, message, traceback, inputs)

    @staticmethod
    def _update(actions: list[Action], changes: list[PropChange]) -> None:
        if changes:
            actions.append(Update(tuple(changes)))

    # -- the initial calls -----------------------------------------------------------------------
    def _start(self, mount_changes: list[dict[str, Any]]) -> None:
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

    def _running_props(self, call: Call, phase: str) -> list[PropChange]:
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
                    updates.append(PropChange(id_str, prop, value))
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
            k for k in node.inputs if patterns.MATCH_MARK in _pattern_values(k)]
        for key in matching or [k for k in node.outputs if patterns.MATCH_MARK in _pattern_values(k)]:
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

    def _apply(self, changes: list[tuple[str, str, Any]], source: int | None) -> list[PropChange]:
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
            updates.append(PropChange(id_str, prop, value))
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

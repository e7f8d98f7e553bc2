"""The callback graph: which props feed which callbacks, validation, and upstream reachability.

Built once from the spec's callback entries and indexed both ways (prop -> callbacks,
callback -> downstream callbacks), so an event costs what it touches, not the app's size.
"""

from __future__ import annotations

import graphlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from . import patterns
from .exceptions import CircularDependency, DuplicateCallback, MissingComponent

PropKey = tuple[str, str]  # (id string, property)


@dataclass
class Node:
    """One callback as the scheduler sees it."""

    index: int
    name: str
    outputs: list[PropKey]
    inputs: list[PropKey]
    states: list[PropKey]
    optional: set[PropKey] = field(default_factory=set)
    prevent_initial_call: bool = False
    memoize: bool = False
    server: bool = False
    clientside: Any = None
    entry: dict[str, Any] = field(default_factory=dict)
    # Computed once from the dependencies (read on every trigger and every initial pass):
    has_match: bool = False
    # Outputs that order callbacks: Dash gives an allow_duplicate output a unique name, so it
    # feeds nothing downstream (it still triggers the callbacks that read the prop).
    ordering_outputs: list[PropKey] = field(default_factory=list)
    # Its outputs feed its own inputs (an ALLSMALLER chain over MATCH instances, or a circular
    # callback): its instances may have to wait for each other.
    feeds_itself: bool = False

    def __post_init__(self) -> None:
        self.has_match = any(
            isinstance(p, dict) and patterns.MATCH_MARK in p.values()
            for p in (patterns.parse(k[0]) for k in self.inputs + self.outputs + self.states)
        )
        duplicates = {(o["id"], o["property"]) for o in self.entry.get("outputs", []) if o.get("allow_duplicate")}
        self.ordering_outputs = [k for k in self.outputs if k not in duplicates]

    def describe(self, key: PropKey) -> str:
        return f"{key[0]}.{key[1]}"


def _keys(items: Iterable[dict[str, Any]]) -> list[PropKey]:
    return [(item["id"], item["property"]) for item in items]


class Graph:
    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.nodes: list[Node] = []
        self.by_input: dict[PropKey, list[int]] = {}
        self.by_output: dict[PropKey, list[int]] = {}
        self.by_id: dict[str, set[int]] = {}
        # pattern dependencies, found by (property, dict keys) then matched one by one
        self.pattern_inputs: dict[tuple[str, tuple], list[tuple[int, dict]]] = {}
        self.pattern_deps: dict[tuple, list[tuple[int, dict]]] = {}
        inputs_by_shape: dict[tuple[str, tuple], list[tuple[int, dict]]] = {}
        for entry in entries:
            node = Node(
                index=entry["index"],
                name=entry["name"],
                outputs=_keys(entry["outputs"]),
                inputs=_keys(entry["inputs"]),
                states=_keys(entry["state"]),
                optional={
                    (d["id"], d["property"])
                    for d in entry["inputs"] + entry["state"]
                    if d.get("allow_optional")
                },
                prevent_initial_call=bool(entry.get("prevent_initial_call")),
                memoize=bool(entry.get("memoize")),
                server=bool(entry.get("server")),
                clientside=entry.get("clientside"),
                entry=entry,
            )
            self.nodes.append(node)
            for key in node.inputs:
                parsed = patterns.parse(key[0])
                if isinstance(parsed, dict):
                    shape = (key[1], patterns.signature(parsed))
                    inputs_by_shape.setdefault(shape, []).append((node.index, parsed))
                    if patterns.is_pattern(key[0]):
                        self.pattern_inputs.setdefault(shape, []).append((node.index, parsed))
                        continue
                self.by_input.setdefault(key, []).append(node.index)
            for key in node.outputs:
                self.by_output.setdefault(key, []).append(node.index)
            for key in node.inputs + node.states + node.outputs:
                if patterns.is_pattern(key[0]):
                    parsed = patterns.parse(key[0])
                    group = self.pattern_deps.setdefault(patterns.signature(parsed), [])
                    if (node.index, parsed) not in group:
                        group.append((node.index, parsed))
                else:
                    self.by_id.setdefault(key[0], set()).add(node.index)
        # callback -> callbacks fed by its outputs (a callback feeding itself is not an edge)
        self.downstream: list[list[int]] = []
        for node in self.nodes:
            targets: list[int] = []
            for key in node.ordering_outputs:
                fed = list(self.by_input.get(key, ()))
                parsed = patterns.parse(key[0])
                if isinstance(parsed, dict):
                    shape = (key[1], patterns.signature(parsed))
                    fed += [i for i, p in inputs_by_shape.get(shape, ()) if patterns.compatible(parsed, p)]
                for other in fed:
                    if other == node.index:
                        node.feeds_itself = True
                    elif other not in targets:
                        targets.append(other)
            self.downstream.append(targets)

    def inputs_fed_by(self, key: PropKey) -> list[tuple[int, tuple]]:
        """(callback, instance) pairs whose Input a concrete prop is."""
        found = [(i, ()) for i in self.by_input.get(key, ())]
        parsed = patterns.parse(key[0])
        if isinstance(parsed, dict):
            for index, pattern in self.pattern_inputs.get((key[1], patterns.signature(parsed)), ()):
                if patterns.matches(pattern, parsed):
                    found.append((index, patterns.instance_of(pattern, parsed)))
        return found

    def touching_id(self, id_str: str) -> list[tuple[int, tuple]]:
        """(callback, instance) pairs with any dependency on this concrete id."""
        found = [(i, ()) for i in self.by_id.get(id_str, ())]
        parsed = patterns.parse(id_str)
        if isinstance(parsed, dict):
            for index, pattern in self.pattern_deps.get(patterns.signature(parsed), ()):
                if patterns.matches(pattern, parsed):
                    found.append((index, patterns.instance_of(pattern, parsed)))
        return found

    def reachable_from(self, starts: Iterable[int]) -> set[int]:
        """Callbacks strictly downstream of any start (a start counts only if another reaches it)."""
        seen: set[int] = set()
        stack = [t for s in starts for t in self.downstream[s]]
        while stack:
            index = stack.pop()
            if index in seen:
                continue
            seen.add(index)
            stack.extend(self.downstream[index])
        return seen

    # -- validation -------------------------------------------------------------------------
    def problems(self, layout_ids: set[str], suppress: bool) -> list[str]:
        """Every reason this graph cannot run, as sentences a person can act on."""
        return [text for _, found in self._problems_by_kind(layout_ids, suppress) for text in found]

    def validate(self, layout_ids: set[str], suppress: bool) -> None:
        """Raise the exception of the first kind of problem found, with every problem's text."""
        found = [(kind, texts) for kind, texts in self._problems_by_kind(layout_ids, suppress) if texts]
        if found:
            raise found[0][0]("\n\n".join(text for _, texts in found for text in texts))

    def _problems_by_kind(self, layout_ids: set[str], suppress: bool) -> list[tuple[type, list[str]]]:
        return [
            (DuplicateCallback, self._duplicate_problems()),
            (CircularDependency, self._cycle_problems()),
            (MissingComponent, [] if suppress else self.missing_problems(layout_ids)),
        ]

    def _duplicate_problems(self) -> list[str]:
        out = []
        for node in self.nodes:
            seen: set[PropKey] = set()
            for key in node.outputs:
                if key in seen:
                    out.append(
                        f'Duplicate output: callback "{node.name}" lists output '
                        f'"{node.describe(key)}" twice. Remove one of them.'
                    )
                seen.add(key)
        for key, indices in self.by_output.items():
            strict = [
                i
                for i in indices
                if not any(
                    o["id"] == key[0] and o["property"] == key[1] and o.get("allow_duplicate")
                    for o in self.nodes[i].entry["outputs"]
                )
            ]
            if len(strict) > 1:
                names = ", ".join(f'"{self.nodes[i].name}"' for i in indices)
                out.append(
                    f'Duplicate output "{key[0]}.{key[1]}": callbacks {names} all write it. '
                    f"Write it from one callback, or add allow_duplicate=True to the Output in "
                    f"the others (with prevent_initial_call=True)."
                )
        for node in self.nodes:
            for o in node.entry["outputs"]:
                if (o.get("allow_duplicate") and not node.prevent_initial_call
                        and not node.entry.get("initial_duplicate")):
                    out.append(
                        f'Duplicate output "{o["id"]}.{o["property"]}" in callback "{node.name}" '
                        f"uses allow_duplicate=True, which needs prevent_initial_call=True (or "
                        f"'initial_duplicate') on that callback."
                    )
        return out

    def _cycle_problems(self) -> list[str]:
        out = []
        for component in _cycles(self.downstream):
            members = sorted(component)
            lines = []
            for i in members:
                node = self.nodes[i]
                feeds = [
                    node.describe(k)
                    for k in node.outputs
                    if any(j in component and j != i for j in self.by_input.get(k, ()))
                ]
                lines.append(f'  callback "{node.name}" writes {", ".join(feeds)}')
            out.append(
                "Circular dependency between callbacks: "
                + ", ".join(f'"{self.nodes[i].name}"' for i in members)
                + " feed each other in a loop:\n"
                + "\n".join(lines)
                + "\nA cycle is allowed only inside one callback: merge them into one callback "
                "that reads ctx.triggered_id to know which input changed."
            )
        return out

    def missing_problems(self, layout_ids: set[str]) -> list[str]:
        """Ids a callback names that are not in the layout (nor made optional)."""
        out = []
        for node in self.nodes:
            for kind, keys in (("Output", node.outputs), ("Input", node.inputs), ("State", node.states)):
                for key in keys:
                    if key[0] in layout_ids or key in node.optional or patterns.is_pattern(key[0]):
                        continue
                    out.append(
                        f'Missing component: callback "{node.name}" has {kind} '
                        f'"{node.describe(key)}" but no component with id "{key[0]}" is in the '
                        f"layout. Fix the id, add the component, or pass "
                        f"suppress_callback_exceptions=True to Dash() if another callback "
                        f"creates it later."
                    )
        return out


def _cycles(edges: list[list[int]]) -> list[set[int]]:
    """Callbacks that feed each other in a loop, one loop at a time (graphlib names one; its
    callbacks are set aside and the rest is checked again)."""
    found: list[set[int]] = []
    left = set(range(len(edges)))
    while True:
        sorter = graphlib.TopologicalSorter({i: [] for i in left})
        for i in left:
            for j in edges[i]:
                if j in left:
                    sorter.add(j, i)
        try:
            sorter.prepare()
            return found
        except graphlib.CycleError as err:
            loop = set(err.args[1])
            found.append(loop)
            left -= loop

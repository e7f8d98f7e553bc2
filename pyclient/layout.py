"""The live layout: the component tree as JSON, indexed by id, with prop reads and writes.

The scheduler owns one; setting a prop that holds components re-indexes only that subtree and
reports which ids appeared and disappeared (new ids drive the initial calls of inserted parts).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .dependencies import id_string


def is_component(value: Any) -> bool:
    return isinstance(value, dict) and "type" in value and "props" in value and "namespace" in value


def iter_components(value: Any) -> Iterator[dict[str, Any]]:
    """Every component inside a prop value (depth first, the value itself included)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if is_component(item):
            yield item
            stack.extend(reversed(list(item["props"].values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


class Layout:
    """Component tree + id index. Values are plain JSON (components in Dash's shape)."""

    def __init__(self, tree: Any) -> None:
        self.tree = tree
        self.by_id: dict[str, dict[str, Any]] = {}
        self.version = 0
        self._ordered: tuple[int, list[tuple[str, dict]]] = (-1, [])
        self._add(tree)

    def _add(self, value: Any) -> list[str]:
        added = []
        for comp in iter_components(value):
            cid = comp["props"].get("id")
            if cid is not None:
                key = id_string(cid)
                self.by_id[key] = comp
                added.append(key)
        self.version += 1
        return added

    def _remove(self, value: Any) -> list[str]:
        removed = []
        for comp in iter_components(value):
            cid = comp["props"].get("id")
            if cid is not None:
                key = id_string(cid)
                if self.by_id.get(key) is comp:
                    del self.by_id[key]
                    removed.append(key)
        self.version += 1
        return removed

    def dict_ids(self) -> list[tuple[str, dict[str, Any]]]:
        """Every dict id in layout order (what ALL lists follow), cached until the tree changes."""
        if self._ordered[0] != self.version:
            found = []
            for comp in iter_components(self.tree):
                cid = comp["props"].get("id")
                if isinstance(cid, dict):
                    found.append((id_string(cid), cid))
            self._ordered = (self.version, found)
        return self._ordered[1]

    def has(self, id_str: str) -> bool:
        return id_str in self.by_id

    def get(self, id_str: str, prop: str) -> Any:
        comp = self.by_id.get(id_str)
        if comp is None:
            return None
        return comp["props"].get(prop)

    def component(self, id_str: str) -> dict[str, Any] | None:
        return self.by_id.get(id_str)

    def set(self, id_str: str, prop: str, value: Any) -> tuple[list[str], list[str]]:
        """Set one prop; returns (ids added, ids removed) when the value holds components."""
        comp = self.by_id.get(id_str)
        if comp is None:
            return [], []
        old = comp["props"].get(prop)
        removed = self._remove(old) if isinstance(old, (dict, list)) else []
        comp["props"][prop] = value
        added = self._add(value) if isinstance(value, (dict, list)) else []
        # An id both removed and re-added (children re-rendered) is still "new" to callbacks.
        return added, [r for r in removed if r not in self.by_id]


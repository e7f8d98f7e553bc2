"""A bounded LRU of callback results keyed by the canonical JSON of the call's arguments."""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any


def memo_key(args: Any, triggered: list[str]) -> str | None:
    """Canonical JSON of (arguments, triggered prop ids); None when not JSON (no memo then)."""
    try:
        return json.dumps([args, triggered], sort_keys=True, separators=(",", ":"))
    except (TypeError, ValueError):
        return None


class Memo:
    """Most recently used results first out last; `maxsize` entries at most."""

    def __init__(self, maxsize: int = 128) -> None:
        self.maxsize = maxsize
        self._items: OrderedDict[str, Any] = OrderedDict()

    def get(self, key: str) -> tuple[bool, Any]:
        if key in self._items:
            self._items.move_to_end(key)
            return True, self._items[key]
        return False, None

    def put(self, key: str, value: Any) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.maxsize:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)

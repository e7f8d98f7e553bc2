"""Pattern-matching ids: which concrete dict ids a pattern (MATCH / ALL / ALLSMALLER) names.

Patterns travel as id strings (`{"index":"[MATCH]","type":"item"}`); these helpers work on the
parsed dicts. A callback with MATCH runs once per distinct value of its MATCH keys: that value
set is the call's "instance" (`()` for callbacks without MATCH).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .dependencies import ALL, ALLSMALLER, MATCH

# The wildcards as they travel inside id strings ("[MATCH]"): the text of dependencies.py's
# ALL / MATCH / ALLSMALLER objects, which the app's Python code uses.
ALL_MARK, MATCH_MARK, ALLSMALLER_MARK = (w.to_json() for w in (ALL, MATCH, ALLSMALLER))
WILDCARD_MARKS = {ALL_MARK, MATCH_MARK, ALLSMALLER_MARK}
Instance = tuple  # sorted ((key, value), ...) of MATCH keys


@lru_cache(maxsize=4096)
def parse(id_str: str) -> Any:
    """A dict for dict ids (wildcards left as their marker strings), else the string.
    Cached and shared: callers read the dict, never change it."""
    if id_str.startswith("{"):
        try:
            return json.loads(id_str)
        except ValueError:
            return id_str
    return id_str


@lru_cache(maxsize=4096)
def is_pattern(id_str: str) -> bool:
    parsed = parse(id_str)
    return isinstance(parsed, dict) and any(v in WILDCARD_MARKS for v in parsed.values() if isinstance(v, str))


def signature(parsed: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(parsed))


def matches(pattern: dict[str, Any], concrete: dict[str, Any]) -> bool:
    """Same keys, and every non-wildcard value equal."""
    if pattern.keys() != concrete.keys():
        return False
    return all(v in WILDCARD_MARKS or v == concrete[k] for k, v in pattern.items())


def instance_of(pattern: dict[str, Any], concrete: dict[str, Any]) -> Instance:
    """The MATCH values a concrete id gives a pattern."""
    return tuple(sorted((k, concrete[k]) for k, v in pattern.items() if v == MATCH_MARK))


def compatible(a: Any, b: Any) -> bool:
    """Could some concrete id match both (patterns or concrete dicts)? Used for graph edges."""
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return a == b
    if a.keys() != b.keys():
        return False
    for key in a:
        x, y = a[key], b[key]
        if x in WILDCARD_MARKS or y in WILDCARD_MARKS:
            continue
        if x != y:
            return False
    return True


def _smaller(a: Any, b: Any) -> bool:
    try:
        return a < b
    except TypeError:
        return str(a) < str(b)


def resolve(
    pattern: dict[str, Any], instance: Instance, ids: Iterable[tuple[str, dict[str, Any]]]
) -> tuple[bool, list[str]]:
    """(is_multi, matching id strings in layout order) for one dependency of one instance."""
    bound = dict(instance)
    multi = any(v in (ALL_MARK, ALLSMALLER_MARK) for v in pattern.values() if isinstance(v, str))
    found = []
    for id_str, concrete in ids:
        if concrete.keys() != pattern.keys():
            continue
        ok = True
        for key, want in pattern.items():
            have = concrete[key]
            if want == ALL_MARK:
                continue
            if want == MATCH_MARK:
                ok = key in bound and have == bound[key]
            elif want == ALLSMALLER_MARK:
                ok = key in bound and _smaller(have, bound[key])
            else:
                ok = have == want
            if not ok:
                break
        if ok:
            found.append(id_str)
    return multi, found

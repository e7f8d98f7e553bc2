"""The messages between page, worker, background executor and worker.js's server client, from
the one schema both sides read (protocol.json; web/src/protocol.js reads it too). Building or
receiving a message the schema does not know is an error, never a silent drop."""

from __future__ import annotations

import json
import os
from typing import Any

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "protocol.json"), encoding="utf-8") as _f:
    MESSAGES: dict[str, dict[str, Any]] = json.load(_f)["messages"]


# Each type's fields, required and optional (read once: messages are built on every update).
_ALLOWED = {kind: frozenset(m["fields"]) | frozenset(m.get("optional", ())) for kind, m in MESSAGES.items()}


class ProtocolError(ValueError):
    pass


def message(kind: str, **fields: Any) -> dict[str, Any]:
    """A message of type `kind` with exactly the schema's fields (optional ones may be left out)."""
    schema = _schema(kind)
    allowed = _ALLOWED[kind]
    missing = [f for f in schema["fields"] if f not in fields]
    extra = [f for f in fields if f not in allowed]
    if missing or extra:
        raise ProtocolError(f'A "{kind}" message needs the fields {schema["fields"]} (optional: '
                            f'{schema.get("optional", [])}); missing {missing}, unknown {extra}.')
    return {"type": kind, **fields}


def destination(msg: dict[str, Any]) -> str:
    """Where a message goes: "page", "worker", "background" or "server"."""
    return _schema(msg.get("type"))["to"]


def check(msg: dict[str, Any], here: str) -> str:
    """The type of a message received `here`, after checking it belongs here and is whole."""
    kind = msg.get("type")
    schema = _schema(kind)
    if schema["to"] != here:
        raise ProtocolError(f'The {here} received a "{kind}" message, which is meant for the {schema["to"]}.')
    missing = [f for f in schema["fields"] if f not in msg]
    if missing:
        raise ProtocolError(f'A "{kind}" message arrived without {missing}.')
    return kind


def _schema(kind: Any) -> dict[str, Any]:
    try:
        return MESSAGES[kind]
    except (KeyError, TypeError):
        raise ProtocolError(f"Unknown message type {kind!r}: pyclient/protocol.json lists every message.") from None

"""What a driver tells the scheduler (`Scheduler.send(event)`): the page mounted, the user
changed props, a call it was asked to make ended. Frozen: an event is a fact, not a handle."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Start:
    """The page mounted. `mount_changes` are props components set while mounting (dcc.Location's
    URL, a Store's timestamp): they join the initial calls as triggers, as in Dash."""

    mount_changes: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Change:
    """Props the user changed together (one DOM event), as {"id", "prop", "value"} dicts.
    `early`: made while Python was loading, so it waits until everything before it is done."""

    changes: tuple[dict[str, Any], ...]
    seq: int = 0
    early: bool = False


@dataclass(frozen=True)
class Step:
    """The driver is ready for the next calls (it yields between a call's end and this, so that
    user input already on its way is applied first)."""


@dataclass(frozen=True)
class Return:
    """Call `serial` returned `value`; `side_updates` are its set_props as (id, {prop: value})."""

    serial: int
    value: Any
    side_updates: tuple[tuple[Any, dict[str, Any]], ...] = ()


@dataclass(frozen=True)
class Prevent:
    """Call `serial` raised PreventUpdate, or was cancelled: nothing changes downstream."""

    serial: int


@dataclass(frozen=True)
class Fail:
    """Call `serial` raised: nothing changes downstream, and the page shows the error."""

    serial: int
    message: str
    traceback: str = ""


@dataclass(frozen=True)
class Progress:
    """A background call's `set_progress(value)`."""

    serial: int
    value: Any


Event = Start | Change | Step | Return | Prevent | Fail | Progress

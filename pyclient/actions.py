"""What the scheduler asks its driver to do (`Scheduler.send(event)` returns a list of these,
in order). A driver is a loop that performs them: the browser worker posts them to the page and
runs calls in Pyodide; the plain-CPython driver (headless.py) runs them in-process."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from .calls import Call


class PropChange(NamedTuple):
    """One prop's new value, by the component's id string."""

    id: str
    prop: str
    value: Any


@dataclass(frozen=True)
class Run:
    """Make this call, then send Return, Prevent or Fail with its serial."""

    call: Call


@dataclass(frozen=True)
class Update:
    """Set these props on the page (outputs, set_props, `running=` props), in order."""

    changes: tuple[PropChange, ...]


@dataclass(frozen=True)
class Running:
    """Outputs that began / stopped being computed ((id, prop) pairs): dcc.Loading and the page
    title follow them. Only the difference is sent, so an app of any size costs what changed;
    it comes with the next calls (a call's end is reported by the Step after it)."""

    started: tuple[tuple[str, str], ...]
    stopped: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Cancel:
    """A `cancel=` input changed: stop these background calls. The scheduler has already let
    them go; whatever they report later is ignored."""

    calls: tuple[Call, ...]


@dataclass(frozen=True)
class ShowError:
    """A call failed or returned something unusable: show it, naming the callback, with the
    values its inputs and states had ((prop id, value) pairs)."""

    callback: str
    message: str
    traceback: str = ""
    inputs: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Busy:
    """A change of the user's is being worked on."""

    seq: int


@dataclass(frozen=True)
class Ready:
    """The initial calls are done: the app answers. `calls`: how often each callback ran."""

    calls: dict[str, int]


@dataclass(frozen=True)
class Idle:
    """Nothing is pending or running; every change up to `seq` is applied."""

    seq: int
    calls: dict[str, int]


Action = Run | Update | Running | Cancel | ShowError | Busy | Ready | Idle

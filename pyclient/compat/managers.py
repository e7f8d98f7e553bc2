"""Stand-ins for Dash's background-callback managers (and, in the browser, diskcache/celery).

The browser runs background callbacks itself, so an app's manager is accepted and ignored.
"""

from __future__ import annotations

from typing import Any


class _Ignored:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs

    def __getattr__(self, name: str) -> Any:
        return lambda *a, **k: None


class DiskcacheManager(_Ignored):
    """Accepted so `background_callback_manager=DiskcacheManager(...)` apps build unchanged."""


class CeleryManager(_Ignored):
    """Accepted so Celery-configured apps build unchanged."""


class Cache(_Ignored):
    """`diskcache.Cache(...)` in the browser, where nothing needs it."""


class Celery(_Ignored):
    """`celery.Celery(...)` in the browser, where nothing needs it."""

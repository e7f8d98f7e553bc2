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


class Flask:
    """`flask.Flask(...)` where Flask is not installed (always in the browser): apps that make
    their own server (`Dash(server=Flask(__name__))`) build and run; routes they add are not
    served by a static site (the build says so)."""

    def __init__(self, import_name: str = "", *args: Any, **kwargs: Any) -> None:
        self.import_name = import_name
        self.config: dict[str, Any] = {}
        self.routes: list[str] = []

    def route(self, rule: str, *args: Any, **kwargs: Any) -> Any:
        self.routes.append(rule)
        return lambda func: func

    def __getattr__(self, name: str) -> Any:
        # before_request, errorhandler, add_url_rule, ...: accepted, never called here.
        def accept(*args: Any, **kwargs: Any) -> Any:
            if len(args) == 1 and callable(args[0]) and not kwargs:
                return args[0]  # used bare as a decorator
            return lambda func: func

        return accept

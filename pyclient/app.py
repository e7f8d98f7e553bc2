"""`App` (also `Dash`): the layout, the callback registry and `spec()` for the browser."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from . import callbacks as _callbacks
from .config import Config
from .exceptions import NoLayoutException

# Every Dash() option is accepted so unchanged apps build; those only a Flask server needs are
# ignored (the build says so where it matters).
_SERVER_ONLY_OPTIONS = {
    "server", "assets_folder", "assets_url_path", "assets_ignore", "assets_external_path",
    "eager_loading", "include_assets_files", "url_base_pathname", "requests_pathname_prefix",
    "routes_pathname_prefix", "serve_locally", "compress", "meta_tags", "index_string",
    "plugins", "extra_hooks", "title", "update_title", "long_callback_manager",
    "background_callback_manager", "add_log_handler", "hooks", "routing_callback_inputs",
    "description", "on_error", "use_async", "health_endpoint", "csrf_token_name",
    "show_undo_redo", "use_pages", "pages_folder", "external_scripts", "external_stylesheets",
    "prevent_initial_callbacks", "suppress_callback_exceptions", "memoize", "name",
}


class _ServerStandIn:
    """`server = app.server` works without Flask; a WSGI-style server is not part of pyclient."""

    def __init__(self, app: App) -> None:
        self._app = app
        self.config: dict[str, Any] = {}

    def route(self, *args: Any, **kwargs: Any) -> Callable[[Callable], Callable]:
        return lambda func: func

    def __call__(self, environ: Any, start_response: Any) -> Any:
        raise RuntimeError("pyclient apps are static sites: use `pyclient run app.py`.")


class App:
    """A Dash-compatible app whose callbacks run in the browser."""

    def __init__(self, name: str | None = None, **options: Any) -> None:
        unknown = sorted(set(options) - _SERVER_ONLY_OPTIONS)
        if unknown:
            raise TypeError(f"Dash() got unexpected options: {', '.join(unknown)}")
        self.name = name or "__main__"
        self.config = Config({**options, "name": self.name})
        self.memoize = bool(options.get("memoize"))
        self.on_error = options.get("on_error")  # Dash's app-wide error handler
        # Used by background callbacks placed on the server (pyclient/jobs.py).
        self.background_callback_manager = options.get(
            "background_callback_manager") or options.get("long_callback_manager")
        self.notes: list[str] = []
        given = options.get("server")
        # Dash(server=Flask(...)): kept as app.server; the build names the routes it adds.
        self.own_server = given if given is not None and not isinstance(given, bool) else None
        self._layout: Any = None
        self.validation_layout: Any = None
        self.callback_list: list[_callbacks.CallbackDef] = []
        self.server = self.own_server or _ServerStandIn(self)
        from .hooks import run_setup_hooks

        run_setup_hooks(self)
        if options.get("use_pages") or options.get("pages_folder"):
            from .pages import setup_pages

            setup_pages(self, options.get("pages_folder") or "pages")

    # -- settings that live in app.config (both spellings work, as in Dash) ----------------
    title = property(lambda self: self.config.title or "Dash",
                     lambda self, value: self.config.__setitem__("title", value))
    suppress_callback_exceptions = property(
        lambda self: bool(self.config.suppress_callback_exceptions),
        lambda self, value: self.config.__setitem__("suppress_callback_exceptions", value))
    prevent_initial_callbacks = property(
        lambda self: bool(self.config.prevent_initial_callbacks),
        lambda self, value: self.config.__setitem__("prevent_initial_callbacks", value))
    external_stylesheets = property(lambda self: list(self.config.external_stylesheets or []))
    external_scripts = property(lambda self: list(self.config.external_scripts or []))

    # -- layout ---------------------------------------------------------------------------
    @property
    def layout(self) -> Any:
        return self._layout

    @layout.setter
    def layout(self, value: Any) -> None:
        self._layout = value

    def resolved_layout(self) -> Any:
        """The layout as a component tree (a function layout is called, a list wrapped)."""
        layout = self._layout
        if layout is None:
            raise NoLayoutException(
                "The app has no layout: set `app.layout = html.Div([...])` before building."
            )
        if callable(layout) and not hasattr(layout, "to_plotly_json"):
            layout = layout()
        if isinstance(layout, (list, tuple)):
            from .components import html

            layout = html.Div(list(layout))
        from .hooks import apply_layout_hooks

        return apply_layout_hooks(layout)

    # -- callbacks ------------------------------------------------------------------------
    def callback(self, *args: Any, **kwargs: Any) -> Callable[[Callable], Callable]:
        return _callbacks.register(self.callback_list, args, kwargs)

    def clientside_callback(self, code: Any, *args: Any, **kwargs: Any) -> None:
        _callbacks.register_clientside(self.callback_list, code, args, kwargs)

    def error_handler(self, definition: _callbacks.CallbackDef) -> Callable | None:
        """The `on_error` that applies to a callback: its own, else the app's."""
        return definition.options.get("on_error") or self.on_error

    def build_notes(self, server_jobs: bool = False) -> list[str]:
        """What the build should tell the author about this app's options. `server_jobs`:
        background callbacks run on the server, through the app's manager."""
        notes = list(self.notes)
        if self.background_callback_manager:
            notes.append(
                "background callbacks placed on the server run through the app's "
                "background_callback_manager, as in Dash." if server_jobs else
                "background_callback_manager is not needed in the browser; it is ignored."
            )
        if self.own_server is not None:
            routes = getattr(self.own_server, "routes", None) or []
            notes.append(
                "server=: the app's own Flask server is not part of a pyclient site"
                + (f"; its routes ({', '.join(routes)}) are not served." if routes else ".")
            )
        return notes

    def all_callbacks(self) -> list[_callbacks.CallbackDef]:
        """Global `@callback`s first (in registration order), then `app.callback` ones."""
        return list(_callbacks.GLOBAL_CALLBACKS) + list(self.callback_list)

    # -- running ---------------------------------------------------------------------------
    def run(self, *args: Any, **kwargs: Any) -> None:
        """Like Dash's `app.run`: builds the app and serves it (`pyclient run`). In the browser
        the app is already running: nothing to do."""
        if sys.platform == "emscripten":
            return
        from .cli import run_app_object

        run_app_object(self, sys.modules.get("__main__"), **kwargs)

    def run_server(self, *args: Any, **kwargs: Any) -> None:
        """Dash 4 dropped `run_server`; the seeds still use it, so it stays an alias of run."""
        self.run(*args, **kwargs)

    def get_asset_url(self, path: str) -> str:
        url_path = str(self.config.assets_url_path or "assets").strip("/")
        return f"{url_path}/" + path.lstrip("/")

    def get_relative_path(self, path: str) -> str:
        from .pages import get_relative_path

        return get_relative_path(path)

    def strip_relative_path(self, path: str | None) -> str | None:
        from .pages import strip_relative_path

        return strip_relative_path(path)

    def spec(self) -> dict[str, Any]:
        """The JSON the browser needs: layout, callback graph, config."""
        from .spec import build_spec

        return build_spec(self)


Dash = App

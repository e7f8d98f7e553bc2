"""`app.config`: Dash's settings as a dict whose keys also read and write as attributes
(`app.config.suppress_callback_exceptions = True`, a common spelling in real apps). Unknown keys
are refused, and the ones fixed when the app is made refuse later changes, as in Dash."""

from __future__ import annotations

from typing import Any

DEFAULTS: dict[str, Any] = {
    "name": "__main__", "title": "Dash", "update_title": "Updating...",
    "suppress_callback_exceptions": False, "prevent_initial_callbacks": False,
    "external_stylesheets": [], "external_scripts": [], "meta_tags": [],
    "assets_folder": "assets", "assets_url_path": "assets", "assets_ignore": "",
    "assets_path_ignore": [], "assets_external_path": None, "include_assets_files": True,
    "eager_loading": False, "serve_locally": True, "compress": False,
    "url_base_pathname": None, "requests_pathname_prefix": "/", "routes_pathname_prefix": "/",
    "pages_folder": "pages", "include_pages_meta": True, "show_undo_redo": False,
    "extra_hot_reload_paths": [], "description": None, "health_endpoint": None,
    "hide_all_callbacks": False, "csrf_token_name": "_csrf_token", "csrf_header_name": "X-CSRFToken",
}
# Settings that shape how the app is served: only the Dash(...) call may give them.
FIXED = {"name", "assets_folder", "assets_url_path", "eager_loading", "serve_locally",
         "compress", "url_base_pathname", "requests_pathname_prefix", "routes_pathname_prefix",
         "pages_folder"}


class Config(dict):
    """A dict of the app's settings that also reads and writes them as attributes."""

    def __init__(self, options: dict[str, Any]) -> None:
        super().__init__({key: options.get(key, default) for key, default in DEFAULTS.items()})
        object.__setattr__(self, "_made", True)

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"app.config has no setting {key!r}") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise AttributeError(
                f"app.config has no setting {key!r}. The settings are: "
                f"{', '.join(sorted(DEFAULTS))}; other options go to Dash(...)."
            )
        if key in FIXED and getattr(self, "_made", False):
            raise AttributeError(
                f"app.config.{key} cannot change once the app exists: pass {key}=... to Dash()."
            )
        super().__setitem__(key, value)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

"""What `import dash` gives an app under pyclient: Dash's public names, backed by pyclient."""

from __future__ import annotations

from typing import Any

from pyclient import (  # noqa: F401
    ALL,
    ALLSMALLER,
    MATCH,
    App,
    ClientsideFunction,
    Dash,
    Input,
    NoUpdate,
    Output,
    PreventUpdate,
    State,
    callback,
    callback_context,
    clientside_callback,
    ctx,
    dcc,
    dependencies,
    exceptions,
    hooks,
    html,
    no_update,
    set_props,
)
from pyclient.compat.managers import CeleryManager, DiskcacheManager  # noqa: F401
from pyclient.pages import page_container, page_registry, register_page  # noqa: F401
from pyclient.patch import Patch  # noqa: F401

__version__ = "4.4.1"
__path__: list[str] = []  # a package to importlib, so `dash.exceptions` etc. resolve via the finder


from pyclient.pages import get_relative_path, strip_relative_path  # noqa: F401


def get_asset_url(path: str) -> str:
    return "assets/" + path.lstrip("/")


def __getattr__(name: str) -> Any:
    # Names from other issues' modules resolve lazily so a missing piece fails clearly.
    if name == "dash_table":
        import importlib

        return importlib.import_module("pyclient.components.dash_table")
    if name == "development":
        import importlib

        return importlib.import_module("pyclient.compat.base_component")
    raise AttributeError(
        f"module 'dash' (pyclient) has no attribute '{name}'. pyclient implements Dash's "
        f"callback API; this name is not supported yet."
    )

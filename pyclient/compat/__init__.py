"""The `dash` alias: unmodified Dash apps import pyclient.

A meta-path finder (installed only by the build subprocess and inside Pyodide) maps `dash`,
`dash.*`, `dash_table` and friends to pyclient modules, so a real Dash install is never touched.
In the browser, `diskcache` and `celery` get stand-ins because background managers are ignored.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
from typing import Any

ALIASES = {
    "dash": "pyclient.compat.dash",
    "dash.html": "pyclient.components.html",
    "dash.dcc": "pyclient.components.dcc",
    "dash.exceptions": "pyclient.exceptions",
    "dash.dependencies": "pyclient.dependencies",
    "dash._callback_context": "pyclient.context",
    "dash._callback": "pyclient.callbacks",
    "dash.hooks": "pyclient.hooks",
    "dash.dash_table": "pyclient.components.dash_table",
    "dash_table": "pyclient.components.dash_table",
    "dash.dash_table.Format": "pyclient.components.format",
    "dash.dash_table.FormatTemplate": "pyclient.components.format",
    "dash_table.Format": "pyclient.components.format",
    "dash_table.FormatTemplate": "pyclient.components.format",
    "dash.long_callback": "pyclient.compat.managers",
    "dash.background_callback": "pyclient.compat.managers",
    "dash.development": "pyclient.compat.base_component",
    "dash.development.base_component": "pyclient.compat.base_component",
    "dash_html_components": "pyclient.components.html",
    "dash_core_components": "pyclient.components.dcc",
}
BROWSER_STAND_INS = {
    "diskcache": "pyclient.compat.managers",
    "celery": "pyclient.compat.managers",
    "flask": "pyclient.compat.managers",
}


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: Any) -> Any:
        return importlib.import_module(self.target)

    def exec_module(self, module: Any) -> None:
        return None


class DashAliasFinder(importlib.abc.MetaPathFinder):
    def __init__(self, aliases: dict[str, str]) -> None:
        self.aliases = aliases

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        name = self.aliases.get(fullname)
        if name is None:
            return None
        return importlib.util.spec_from_loader(fullname, _AliasLoader(name))


def install(browser: bool = False) -> None:
    """Make `import dash` (and friends) resolve to pyclient in this process."""
    for finder in sys.meta_path:
        if isinstance(finder, DashAliasFinder):
            return
    aliases = dict(ALIASES)
    for name, target in BROWSER_STAND_INS.items():
        # In the browser always; at build time only when the real package is not installed.
        if browser or importlib.util.find_spec(name) is None:
            aliases[name] = target
    for name in list(sys.modules):
        if name in aliases or name.startswith("dash."):
            del sys.modules[name]
    sys.meta_path.insert(0, DashAliasFinder(aliases))

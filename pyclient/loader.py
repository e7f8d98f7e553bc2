"""Importing an app file the way `pyclient build` needs: once, under its own name, with the
`dash` alias active, its `if __name__ == "__main__":` block not run."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

from . import compat
from .app import App
from .exceptions import PyodideUnsupported


class AppLoadError(Exception):
    """The app file could not be imported or defines no app."""


def load_app(path: str | os.PathLike[str]) -> tuple[App, Any]:
    app_path = Path(path).resolve()
    if not app_path.is_file():
        raise AppLoadError(f"No app file at {app_path}.")
    compat.install()
    folder = str(app_path.parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    name = app_path.stem
    spec = importlib.util.spec_from_file_location(name, app_path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    cwd = os.getcwd()
    os.chdir(folder)  # apps read data files relative to their folder
    try:
        spec.loader.exec_module(module)
    except PyodideUnsupported as exc:
        raise AppLoadError(f"{app_path.name}: {exc}") from None
    except Exception as exc:
        import traceback

        # Python's own import machinery is no concern of the app's author.
        frames = "".join(line for line in traceback.format_exception(exc)[-6:]
                         if not line.lstrip().startswith('File "<frozen '))
        hint = ""
        if isinstance(exc, ModuleNotFoundError):
            hint = (
                f"\nThe module {exc.name!r} is not installed where pyclient builds. Install it, "
                "and list it in requirements.txt next to the app if callbacks need it in the browser."
            )
        raise AppLoadError(f"Importing {app_path.name} failed:\n{frames}{hint}") from None
    finally:
        os.chdir(cwd)
    app = getattr(module, "app", None)
    if not isinstance(app, App):
        found = [v for v in vars(module).values() if isinstance(v, App)]
        if not found:
            raise AppLoadError(
                f"{app_path.name} defines no app: write `app = Dash(__name__)` at module level."
            )
        app = found[0]
    return app, module

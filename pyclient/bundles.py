"""The component libraries a site ships: React and Dash's own component bundles.

Every component is drawn by its own library's JavaScript, as under Dash. dcc, html and
dash_table come from the `dash` wheel pinned here (4.4.1, the version the page's component API
is written against), read as a zip and never imported: inside a build `dash` is pyclient. The
site gets React 18.3.1 as Dash ships it, then each library's bundle; async chunks (plotly glue,
markdown, date pickers, the DataTable itself) sit next to their bundle and load only when a
component needs them.
"""

from __future__ import annotations

import fnmatch
import importlib.resources
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

DASH_VERSION = "4.4.1"
DASH_WHEEL = f"dash-{DASH_VERSION}-py3-none-any.whl"
SITE_FOLDER = "_pyclient/components"

# React first (the bundles read window.React at load), then the libraries, in Dash's order.
# Babel's polyfill first (regeneratorRuntime: dcc's async chunks, dash_table and many
# third-party bundles need it), then React as Dash ships it.
REACT = ["dash/deps/polyfill@7.12.1.min.js", "dash/deps/react@18.3.1.min.js",
         "dash/deps/react-dom@18.3.1.min.js", "dash/deps/prop-types@15.8.1.min.js"]


@dataclass(frozen=True)
class Library:
    namespace: str
    scripts: tuple[str, ...]  # loaded by the page, in order
    chunks: str  # glob of the async chunks the bundle fetches itself


DASH_LIBRARIES = [
    Library("dash_html_components", ("dash/html/dash_html_components.min.js",), ""),
    Library("dash_core_components",
            ("dash/dcc/dash_core_components.js", "dash/dcc/dash_core_components-shared.js"),
            "dash/dcc/async-*.js"),
    Library("dash_table", ("dash/dash_table/bundle.js",), "dash/dash_table/async-*.js"),
]


@dataclass
class Shipped:
    """What the page loads (site-relative URLs): React first, then (after main.js, which
    installs the component API) the libraries' scripts in order, and their stylesheets."""

    react: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    stylesheets: list[str] = field(default_factory=list)


class BundleError(Exception):
    """A component library's files are missing; the message says how to get them."""


def dash_wheel(web: Path) -> Path:
    wheel = web / "vendor" / "dash" / DASH_WHEEL
    if not wheel.exists():
        raise BundleError(
            f"Dash's component bundles are not installed (missing {wheel}). "
            "Run `make install` in the pyclient checkout."
        )
    return wheel


def namespaces_of(layout: object) -> set[str]:
    """Every component library named in a layout (JSON)."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            if isinstance(value.get("namespace"), str) and isinstance(value.get("props"), dict):
                found.add(value["namespace"])
            for item in value.values():
                walk(item)

    walk(layout)
    return found


def _dash_libraries(web: Path, out_dir: Path, namespaces: set[str]) -> Shipped:
    """Copy React and the libraries among `namespaces` (html and dcc always: callbacks may
    insert them) into the site; return the script URLs in load order."""
    wanted = [lib for lib in DASH_LIBRARIES
              if lib.namespace in namespaces | {"dash_html_components", "dash_core_components"}]
    with zipfile.ZipFile(dash_wheel(web)) as wheel:
        names = wheel.namelist()
        files = list(REACT)
        for lib in wanted:
            files += lib.scripts
            if lib.chunks:
                files += [n for n in names if fnmatch.fnmatch(n, lib.chunks)]
        for name in files:
            target = out_dir / SITE_FOLDER / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(wheel.read(name))
    return Shipped(react=[f"{SITE_FOLDER}/{name}" for name in REACT],
                   scripts=[f"{SITE_FOLDER}/{s}" for lib in wanted for s in lib.scripts])


def _relative_paths(entry: dict[str, Any]) -> list[str]:
    path = entry.get("relative_package_path")
    if isinstance(path, dict):  # {"prod": [...], "dev": [...]}
        path = path.get("prod")
    return [path] if isinstance(path, str) else list(path or [])


def component_packages() -> list[ModuleType]:
    """Third-party component libraries the app imported (dash-bootstrap-components, ...):
    the packages that declare `_js_dist`, as Dash finds them."""
    found = []
    for name, module in sorted(sys.modules.items()):
        if "." in name or name.startswith("pyclient") or module is None:
            continue
        if isinstance(getattr(module, "_js_dist", None), list) and hasattr(module, "__path__"):
            found.append(module)
    return found


def _third_party(out_dir: Path, packages: list[ModuleType]) -> Shipped:
    shipped = Shipped()
    for package in packages:
        root = importlib.resources.files(package.__name__)
        entries = [(e, "js") for e in package._js_dist]
        entries += [(e, "css") for e in getattr(package, "_css_dist", None) or []]
        for entry, kind in entries:
            if not isinstance(entry, dict) or entry.get("dynamic") or entry.get("dev_only"):
                continue  # source maps and development files
            for relative in _relative_paths(entry):
                source = root.joinpath(*relative.split("/"))
                if not source.is_file():
                    raise BundleError(
                        f"The component library {package.__name__} names {relative} in its "
                        f"_{kind}_dist, but the file is not in the package. Reinstall it."
                    )
                url = f"{SITE_FOLDER}/{package.__name__}/{relative}"
                (out_dir / url).parent.mkdir(parents=True, exist_ok=True)
                (out_dir / url).write_bytes(source.read_bytes())
                if kind == "css":
                    shipped.stylesheets.append(url)
                elif not entry.get("async"):
                    shipped.scripts.append(url)  # async chunks load themselves when needed
    return shipped


def ship(web: Path, out_dir: Path, namespaces: set[str]) -> Shipped:
    """React, Dash's libraries among `namespaces` (html and dcc always: callbacks may insert
    them) and every third-party library the app imported, copied into the site."""
    shipped = _dash_libraries(web, out_dir, namespaces)
    more = _third_party(out_dir, component_packages())
    shipped.scripts += more.scripts
    shipped.stylesheets += more.stylesheets
    return shipped

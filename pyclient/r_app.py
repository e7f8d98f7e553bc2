"""`pyclient build app.R`: a Dash for R app as a static site.

The app runs in webR (R compiled to WebAssembly, the npm package `webr`), with pyclient's
stand-in for the dash packages (pyclient/r/dash.R). The order of calls, `triggered` and the
initial-call rules come from the same Python scheduler as a Python app's, in the Pyodide
worker; only the callbacks' bodies run in R. At build time, webR under Node sources the app
once to read its layout and callbacks (web/src/r_spec.mjs).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .cache import cache_dir
from .components import dcc, html
from .dependencies import id_string

R_DIR = Path(__file__).resolve().parent / "r"
SPEC_SCRIPT = "r_spec.mjs"  # web/src: run under Node at build time
# What the page needs of webR's npm package (its REPL, tests and maps stay out).
WEBR_FILES = ["webr.js", "webr-worker.js", "R.js", "R.wasm", "libRblas.so", "libRlapack.so"]
SITE_FILES = ["dash.R", "components.R", "app.R"]  # in _pyclient/r/, sourced in this order


class RAppError(Exception):
    """The R app cannot be built; the message names the line and the function."""


def components_source() -> str:
    """htmlDiv, dccInput, ...: one constructor per component pyclient has, as the dash R
    packages name them (html elements take their children first, dcc components take names)."""
    lines = ["# Written by pyclient's build (pyclient/r_app.py): one constructor per component."]
    for name in html.ELEMENTS:
        lines.append(f'html{name} <- .component("{name}", "{html.NAMESPACE}", TRUE)')
    for name in dcc.COMPONENTS:
        lines.append(f'dcc{name} <- .component("{name}", "dash_core_components", FALSE)')
    return "\n".join(lines) + "\n"


def webr_dir(web: Path) -> Path:
    found = web / "node_modules" / "webr" / "dist"
    if not (found / "R.wasm").is_file():
        raise RAppError(f"R apps run in webR, which is not installed here ({found} is missing). "
                        "Run `make install` in the pyclient checkout (npm ci installs webr).")
    return found


def read_app(app_path: Path, web: Path) -> dict[str, Any]:
    """The app's layout and callbacks, from sourcing it in webR under Node; cached by
    everything that goes into them, so rebuilding an unchanged app skips webR's start."""
    source = webr_dir(web)
    digest = hashlib.sha256()
    for part in (app_path.read_bytes(), (R_DIR / "dash.R").read_bytes(),
                 components_source().encode(), (source.parent / "package.json").read_bytes(),
                 (web / "src" / SPEC_SCRIPT).read_bytes()):
        digest.update(hashlib.sha256(part).digest())
    cached = cache_dir("r-specs") / f"{digest.hexdigest()[:32]}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    app = _read_in_webr(app_path, web)
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(app), encoding="utf-8")
    return app


def _read_in_webr(app_path: Path, web: Path) -> dict[str, Any]:
    node = shutil.which("node")
    if node is None:
        raise RAppError("Building an R app needs Node.js (webR reads the app): install Node 18 "
                        "or newer, then build again.")
    with tempfile.TemporaryDirectory(prefix="pyclient-r-") as tmp:
        with_components = Path(tmp) / "components.R"
        with_components.write_text(components_source(), encoding="utf-8")
        result = subprocess.run([node, str(web / "src" / SPEC_SCRIPT), str(R_DIR / "dash.R"),
                                 str(with_components), str(app_path)],
                                capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        raise RAppError(result.stderr.strip() or f"webR stopped (exit {result.returncode})")
    return json.loads(result.stdout)


def _dependency(dep: dict[str, Any], output: bool) -> dict[str, Any]:
    made = {"id": id_string(dep["id"]), "property": dep["property"]}
    return {**made, "allow_duplicate": False} if output else made


def callback_entries(callbacks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The R callbacks as the scheduler reads Python ones (pyclient/spec.py), marked "r"."""
    entries, seen = [], {}
    for index, cb in enumerate(callbacks):
        seen[cb["name"]] = seen.get(cb["name"], 0) + 1
        name = cb["name"] if seen[cb["name"]] == 1 else f"{cb['name']}#{seen[cb['name']]}"
        entries.append({
            "index": index, "name": name,
            "outputs": [_dependency(d, True) for d in cb["outputs"]],
            "inputs": [_dependency(d, False) for d in cb["inputs"]],
            "state": [_dependency(d, False) for d in cb["state"]],
            "prevent_initial_call": bool(cb["prevent_initial_call"]), "initial_duplicate": False,
            "server": False, "memoize": False, "clientside": None,
            "output_shape": "single" if cb["single_output"] else "list",
            "running": [], "background": False, "interval": 1000, "progress": [],
            "progress_default": None, "cancel": [], "arg_names": None, "r": True,
            "line": cb.get("line"),
        })
    return entries


def spec_of(app_path: Path, web: Path) -> dict[str, Any]:
    app = read_app(app_path, web)
    return {
        "title": "Dash",
        "layout": app["layout"],
        "layout_is_function": False,
        "callbacks": callback_entries(app["callbacks"]),
        "config": {"suppress_callback_exceptions": False, "update_title": "Updating...",
                   "debug": False},
        "r": {"files": [f"r/{name}" for name in SITE_FILES]},
    }


# webR's file system carries R's manuals, translations, fonts and map data (26 MB); a Dash
# app's callbacks need none of them, and webR loads such files only when R reads them.
LEFT_OUT = ("help.", "html.", "demo.", "doc.", "afm.", "translations.", "tcltk.", "proj.",
            "gdal.", "fonts")


def _not_for_apps(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n.startswith(LEFT_OUT) or (n.endswith(".ttf"))}


def write_files(app_path: Path, web: Path, out_dir: Path) -> None:
    """webR's runtime and the R sources into the site (_pyclient/webr/, _pyclient/r/)."""
    source = webr_dir(web)
    target = out_dir / "_pyclient" / "webr"
    target.mkdir(parents=True, exist_ok=True)
    for name in WEBR_FILES:
        shutil.copyfile(source / name, target / name)
    shutil.copytree(source / "vfs", target / "vfs", ignore=_not_for_apps)
    r_target = out_dir / "_pyclient" / "r"
    r_target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(R_DIR / "dash.R", r_target / "dash.R")
    (r_target / "components.R").write_text(components_source(), encoding="utf-8")
    shutil.copyfile(app_path, r_target / "app.R")

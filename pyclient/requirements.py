"""An app's own Python requirements, shipped as pure-Python wheels inside the site.

`requirements.txt` next to the app (or `--requirement FILE`) is resolved at build time with
`pip download` for Pyodide's Python (3.14, any platform); the wheels go to `_pyclient/wheels/`
and the worker unpacks them into site-packages from the site itself, offline (they are pure
Python, so no installer is needed: micropip would add a download and ~0.3 s). Imports Pyodide cannot
satisfy from these registries (pandas, numpy, plotly.express, ...) are found by reading the
app's source, so the build says so instead of the page failing at click time.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

from .placement import SERVER_PACKAGES

NOT_IN_BROWSER = SERVER_PACKAGES  # what placement.py sends to the server
# Imported by an app -> shipped automatically (pure wheels, verified in Pyodide 314.0.7).
AUTO = {"plotly": ["plotly", "narwhals"]}


class RequirementError(Exception):
    """A requirement cannot run in the browser; the message names it and says what to do."""


def _callback_names(tree: ast.AST) -> dict[int, tuple[str, bool]]:
    """Line ranges of decorated callbacks: start line -> (name, server=True?)."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for deco in node.decorator_list:
                call = deco if isinstance(deco, ast.Call) else None
                func = call.func if call else deco
                name = getattr(func, "attr", getattr(func, "id", ""))
                if name == "callback":
                    server = any(
                        k.arg == "server" and isinstance(k.value, ast.Constant) and k.value.value
                        for k in (call.keywords if call else [])
                    )
                    found[node.lineno] = (node.name, server, node.end_lineno or node.lineno)
    return found


def scan_imports(sources: dict[Path, str], root: Path) -> tuple[set[str], list[str]]:
    """(top-level modules imported, problems for imports the browser cannot satisfy) in the
    browser's copies of the app's modules (path -> source)."""
    imported: set[str] = set()
    problems = []
    for path, text in sources.items():
        try:
            tree = ast.parse(text, str(path))
        except (SyntaxError, UnicodeDecodeError):
            continue
        callbacks = _callback_names(tree)
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                full = [f"{node.module}.{a.name}" for a in node.names]
                names = [node.module] + [n for n in full if n in NOT_IN_BROWSER]
            for name in names:
                imported.add(name.split(".")[0])
                key = name if name in NOT_IN_BROWSER else name.split(".")[0]
                if key not in NOT_IN_BROWSER:
                    continue
                where = next(
                    ((cb, server) for start, (cb, server, end) in callbacks.items()
                     if start <= node.lineno <= end),
                    (None, False),
                )
                if where[1]:
                    continue  # inside a server=True callback: it runs on the server
                place = f'in callback "{where[0]}"' if where[0] else "at module level"
                problems.append(
                    f"{path.relative_to(root)}:{node.lineno}: `import {name}` {place} needs "
                    f"{NOT_IN_BROWSER[key]}, which has no Pyodide build this site can ship. Move "
                    f"that work into a callback marked @callback(..., server=True), or use "
                    f"plotly.graph_objects / plain Python instead."
                )
    return imported, sorted(set(problems))


def requirement_name(requirement: str) -> str:
    """The project a requirement line names, normalised ("PyYAML>=6" -> "pyyaml")."""
    return canonicalize_name(Requirement(requirement).name)


def read_requirements(path: Path) -> list[str]:
    lines = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            try:
                Requirement(line)
            except InvalidRequirement as err:
                raise RequirementError(f"{path.name}, line {number}: {line!r} is not a requirement "
                                       f"pip understands ({err}). Fix or remove the line.") from None
            lines.append(line)
    return lines


# pyclient is the browser's dash: component libraries (dash-bootstrap-components, ...) ship
# without these, or the site would carry Flask and the real Dash.
DASH_PACKAGES = {"dash", "dash-core-components", "dash-html-components", "dash-table",
                 "dash-renderer"}


def _pip_download(requirements: list[str], target: Path, *extra: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--only-binary=:all:",
         "--python-version", "3.14", "--implementation", "py", "--abi", "none",
         "--platform", "any", "-d", str(target), *extra, *requirements],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-4:])
        raise RequirementError(
            f"Could not get pure-Python wheels for {', '.join(requirements)}:\n{tail}\n"
            "Browser code imports it, and only pure-Python packages (wheels tagged "
            "py3-none-any) run in the browser. Import it only inside callbacks marked "
            "@callback(..., server=True): they run on the app's server."
        )


def _dependencies(wheel: Path) -> list[str]:
    """A wheel's unconditional requirements, with what Dash would bring them instead of Dash."""
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        text = archive.read(meta).decode("utf-8", "replace")
    found = []
    for line in text.splitlines():
        if not line.startswith("Requires-Dist:"):
            continue
        requirement = line.split(":", 1)[1].strip()
        if Requirement(requirement).marker is not None:
            continue  # extras and platform markers: not for the browser
        if requirement_name(requirement) not in DASH_PACKAGES:
            found.append(requirement)
        else:
            # A component library: its generated classes import typing_extensions, which
            # it gets through Dash.
            found.append("typing_extensions")
    return found


def download_wheels(requirements: list[str], target: Path) -> list[str]:
    """pip-download pure wheels for Pyodide's Python, with their dependencies except Dash;
    returns their file names."""
    if not requirements:
        return []
    target.mkdir(parents=True, exist_ok=True)
    _pip_download(requirements, target, "--no-deps")
    needed = sorted({d for wheel in target.glob("*.whl") for d in _dependencies(wheel)})
    if needed:
        _pip_download(needed, target)
    wheels = sorted(p.name for p in target.glob("*.whl"))
    compiled = [w for w in wheels if not all(
        tag.abi == "none" and tag.platform == "any" for tag in parse_wheel_filename(w)[3])]
    if compiled:
        raise RequirementError(
            f"{', '.join(compiled)} contain compiled code that Pyodide cannot load from this "
            "build. Use a callback marked server=True for them."
        )
    return wheels

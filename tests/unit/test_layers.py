"""The layers of the house (README, "Layout of the house"): model, core, browser drivers, and
the tools (build, serve, server, ...), which never ship, so nothing the browser runs may import
them. A module may import its own layer and the ones above it, never one below."""

import ast
from pathlib import Path

from pyclient.build import PACKAGE_DIR, TOOL_MODULES, TOOL_PACKAGES

# Imports that only run outside the browser: App.run returns at once under Pyodide.
OUTSIDE_THE_BROWSER = {("app.py", "cli")}


def _imported(path: Path) -> set[str]:
    """pyclient's top-level modules a file imports anywhere in it (also inside functions)."""
    top_level = len(path.relative_to(PACKAGE_DIR).parts)  # the `from .` level naming pyclient/
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == top_level:
            if node.module:
                names.add(node.module.split(".")[0])
            else:
                names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            parts = node.module.split(".")
            if parts[0] == "pyclient" and len(parts) > 1:
                names.add(parts[1])
    return names


def test_no_shipped_module_imports_a_tool():
    tools = {name.removesuffix(".py") for name in TOOL_MODULES}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if path.parent == PACKAGE_DIR and path.name in TOOL_MODULES:
            continue
        if path.relative_to(PACKAGE_DIR).parts[0] in TOOL_PACKAGES:
            continue
        wrong = {m for m in _imported(path) & tools if (path.name, m) not in OUTSIDE_THE_BROWSER}
        assert not wrong, f"pyclient/{path.name} imports {sorted(wrong)}, which never ship"


def test_every_tool_module_exists():
    missing = [name for name in TOOL_MODULES if not (PACKAGE_DIR / name).is_file()]
    assert not missing, missing


# Every module that ships, by layer (subpackages count as the model: components/, compat/).
LAYERS = {
    "model": {"__init__", "app", "callbacks", "config", "context", "dependencies", "exceptions",
              "hooks", "jsonify", "outcome", "pages", "patch", "spec", "components", "compat"},
    "core": {"scheduler", "events", "actions", "calls", "graph", "layout", "patterns", "memo"},
    "drivers": {"runtime", "background", "invoke", "remote_call", "protocol"},
}
ORDER = list(LAYERS)


def _layer(name: str) -> str | None:
    return next((layer for layer, names in LAYERS.items() if name in names), None)


def test_every_shipped_module_belongs_to_one_layer():
    tools = {name.removesuffix(".py") for name in TOOL_MODULES}
    shipped = {p.stem for p in PACKAGE_DIR.glob("*.py")} - tools
    shipped |= {p.name for p in PACKAGE_DIR.iterdir() if (p / "__init__.py").is_file()}
    shipped -= TOOL_PACKAGES
    assert sorted(n for n in shipped if _layer(n) is None) == []


def test_no_module_imports_a_layer_below_its_own():
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = path.relative_to(PACKAGE_DIR).parts
        own = _layer(parts[0] if len(parts) > 1 else path.stem)
        if own is None:
            continue  # a tool: it may import anything
        for name in _imported(path):
            other = _layer(name)
            assert other is None or ORDER.index(other) <= ORDER.index(own), (
                f"pyclient/{'/'.join(parts)} ({own}) imports {name} ({other}), a layer below")

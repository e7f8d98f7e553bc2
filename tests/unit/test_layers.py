"""What the browser gets of pyclient: its tools (build, serve, server, ...) never ship, so
nothing the browser runs may import them."""

import ast
from pathlib import Path

from pyclient.build import PACKAGE_DIR, TOOL_MODULES

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
        wrong = {m for m in _imported(path) & tools if (path.name, m) not in OUTSIDE_THE_BROWSER}
        assert not wrong, f"pyclient/{path.name} imports {sorted(wrong)}, which never ship"


def test_every_tool_module_exists():
    missing = [name for name in TOOL_MODULES if not (PACKAGE_DIR / name).is_file()]
    assert not missing, missing

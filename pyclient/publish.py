"""What a build publishes from the app's folder, the way a careful packager decides it.

A site is public, so it ships only:
- the app file and the local modules its browser code imports (transitively; with Dash Pages,
  every module of the pages folder, which Dash imports by itself);
- the `assets/` folder (or Dash's `assets_folder=`, minus `assets_ignore=`), Dash's rule for
  files served as they are;
- the data files the browser code names (a string in the code equal to, or ending in, the
  file's path or name; or naming its folder);
- what the author lists: `--include PATTERN` / `[tool.pyclient] include = [...]` in the app
  folder's pyproject.toml, and leaves out what `--exclude` / `exclude = [...]` name.
Never, whatever is asked: dotfiles and dot-folders (`.env`, `.git`, ...), keys and certificates,
`secrets.*` and credentials files, virtualenvs and caches (app_files.py skips those folders).
Hand-written because no packaging library knows a Dash app's import and data rules.
"""

from __future__ import annotations

import ast
import fnmatch
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .app_files import app_files, app_folders
from .placement import ModulePlan, local_module

NEVER = ("*.pem", "*.key", "*.p12", "*.pfx", "*.jks", "*.keystore", "id_rsa*", "id_dsa*",
         "id_ecdsa*", "id_ed25519*", "secrets.*", "secret.*", "*credentials*", ".env*",
         "*.env", ".netrc", ".pypirc", "*.kdbx", "htpasswd", ".htpasswd")


@dataclass(frozen=True)
class Shipped:
    path: Path
    relative: str  # posix path inside the app folder
    why: str


@dataclass
class Selection:
    files: list[Shipped]
    folders: set[Path]  # empty folders the app writes into (uploads, exports)
    left_out: list[tuple[str, str]]  # (relative path, why not)

    def manifest(self, full: bool = False) -> list[str]:
        """Lines saying what ships (and, in full, what was left out and why)."""
        total = sum(f.path.stat().st_size for f in self.files)
        head = f"ships {len(self.files)} file(s) of the app, {total / 1024:.1f} KB"
        if not full:
            names = ", ".join(f.relative for f in self.files[:8])
            more = f" (+{len(self.files) - 8} more; `pyclient build --list` shows all)" if len(
                self.files) > 8 else ""
            refused = [r for r, why in self.left_out if why.startswith("never")]
            tail = f"; never shipped: {', '.join(refused)}" if refused else ""
            return [f"{head}: {names}{more}{tail}"]
        lines = [head + ":"]
        lines += [f"  + {f.relative}  ({f.path.stat().st_size} B, {f.why})" for f in self.files]
        lines += [f"  - {relative}  ({why})" for relative, why in self.left_out]
        return lines


def private_reason(relative: str) -> str | None:
    """Why a file must never be published, or None."""
    parts = PurePosixPath(relative).parts
    if any(part.startswith(".") for part in parts):
        return "never: a dotfile"
    name = parts[-1].lower()
    if any(fnmatch.fnmatch(name, pattern) for pattern in NEVER):
        return "never: looks like a key or a secret"
    return None


def config_patterns(folder: Path) -> tuple[list[str], list[str]]:
    """`[tool.pyclient] include = [...]`, `exclude = [...]` from the app folder's pyproject.toml."""
    path = folder / "pyproject.toml"
    if not path.is_file():
        return [], []
    table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("pyclient", {})
    return list(table.get("include", [])), list(table.get("exclude", []))


def _imports(source: str) -> list[tuple[str | None, int, list[str]]]:
    """(module, level, imported names) of every import in a module's browser copy."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, 0, []) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.module, node.level, [a.name for a in node.names]))
    return found


def imported_modules(root: Path, starts: list[Path], plans: dict[Path, ModulePlan]) -> set[Path]:
    """The local modules the browser code of `starts` imports, transitively (with the
    `__init__.py` of every package on the way)."""
    seen: set[Path] = set()
    todo = [p.resolve() for p in starts]
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for parent in path.parents:  # a package's __init__ runs when a module in it imports
            if parent == root or root not in parent.parents:
                break
            if (parent / "__init__.py").is_file():
                todo.append((parent / "__init__.py").resolve())
        plan = plans.get(path)
        source = plan.browser_source if plan else path.read_text(encoding="utf-8")
        for module, level, names in _imports(source):
            base = local_module(root, module, level, path)
            if base is not None:
                todo.append(base)
            for name in names:  # `from pkg import submodule`
                full = f"{module}.{name}" if module else name
                sub = local_module(root, full, level, path)
                if sub is not None:
                    todo.append(sub)
    return seen


def _is_folder(root: Path, text: str) -> bool:
    if not text or len(text) > 200 or "\n" in text or "\x00" in text:
        return False
    try:
        return (root / text).is_dir() and root in (root / text).resolve().parents
    except OSError:
        return False


def _named(relative: str, strings: set[str], folders: set[str]) -> bool:
    name = PurePosixPath(relative).name
    if any(s == relative or s.endswith(("/" + relative, "/" + name)) or s == name
           for s in strings):
        return True
    return any(relative.startswith(folder + "/") for folder in folders)


def select(app_path: Path, out_dir: Path, plans: dict[Path, ModulePlan], *,
           include: list[str] = (), exclude: list[str] = (), pages_folder: str | None = None,
           assets_folder: str = "assets", assets_ignore: str = "") -> Selection:
    """What the build writes into the site from the app's folder, and what it leaves out.
    `assets_folder` / `assets_ignore`: Dash's options of those names (a folder relative to the
    app, and a regex of asset file names never served)."""
    root = app_path.parent.resolve()
    assets = PurePosixPath(assets_folder).as_posix().strip("/") or "assets"
    config_include, config_exclude = config_patterns(root)
    include, exclude = [*include, *config_include], [*exclude, *config_exclude]
    starts = [app_path]
    if pages_folder and (root / pages_folder).is_dir():
        starts += sorted((root / pages_folder).rglob("*.py"))
    modules = imported_modules(root, starts, plans)
    strings = set().union(*(plans[m].browser_strings for m in modules if m in plans))
    string_folders = {s.strip("./") for s in strings if _is_folder(root, s)}
    files, left_out = [], []
    for path in sorted(app_files(root, out_dir, assets)):
        relative = path.relative_to(root).as_posix()
        never = private_reason(relative)
        listed = any(fnmatch.fnmatch(relative, p) for p in include)
        if never:
            left_out.append((relative, never + (" (listed with --include)" if listed else "")))
            continue
        if any(fnmatch.fnmatch(relative, p) for p in exclude):
            left_out.append((relative, "excluded"))
            continue
        if path.suffix == ".py" and path.resolve() in modules:
            why = "the app" if path.resolve() == app_path.resolve() else "imported by the app"
        elif relative.startswith(assets + "/"):
            if assets_ignore and re.search(assets_ignore, relative[len(assets) + 1:]):
                left_out.append((relative, "assets_ignore"))
                continue
            why = "assets/"
        elif listed:
            why = "--include"
        elif path.suffix != ".py" and _named(relative, strings, string_folders):
            why = "named by browser code"
        else:
            left_out.append((relative, "not imported" if path.suffix == ".py"
                             else "not named by browser code"))
            continue
        files.append(Shipped(path, relative, why))
    # Folders the app writes into (uploads, exports) exist in the site too, empty; a folder
    # whose files were left out is not made (its name alone may say too much).
    folders = {
        f for f in app_folders(root, out_dir)
        if not private_reason(f.as_posix())
        and all(p.name.startswith(".") for p in (root / f).rglob("*") if p.is_file())
    }
    return Selection(files, folders, left_out)

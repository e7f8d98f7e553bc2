"""Which files in an app's folder belong to the app: its modules, data and assets/ — never
caches, virtualenvs, VCS folders or the build output itself."""

from __future__ import annotations

import os
from pathlib import Path

SKIP_DIRS = {"__pycache__", "node_modules", ".git", "dist", "build", ".venv", "venv"}
APP_FILE_SUFFIXES = {
    ".py", ".json", ".csv", ".tsv", ".txt", ".md", ".yaml", ".yml", ".toml", ".ini", ".xml",
}
MAX_APP_FILE = 20 * 1024 * 1024


def _shipped_dirs(root: Path, dirs: list[str], out_dir: Path) -> list[str]:
    """The subfolders of `root` that belong to the app (no caches, venvs, the output itself)."""
    return [
        d
        for d in dirs
        if d not in SKIP_DIRS
        and not d.startswith(".")
        and (root / d).resolve() != out_dir.resolve()
        and not (root / d / "pyvenv.cfg").exists()
    ]


def app_files(folder: Path, out_dir: Path, assets: str = "assets") -> list[Path]:
    """The app's own files: Python modules and data next to app.py, its assets folder whole."""
    files = []
    assets_parts = Path(assets).parts
    for root, dirs, names in os.walk(folder):
        root_path = Path(root)
        dirs[:] = _shipped_dirs(root_path, dirs, out_dir)
        relative = root_path.relative_to(folder).parts
        in_assets = "assets" in relative or relative[: len(assets_parts)] == assets_parts
        for name in names:
            path = root_path / name
            if (in_assets or path.suffix in APP_FILE_SUFFIXES) and path.stat().st_size < MAX_APP_FILE:
                files.append(path)
    return files


def app_folders(folder: Path, out_dir: Path) -> set[Path]:
    """The app's subfolders that are shipped, empty ones included (not background caches)."""
    found = set()
    for root, dirs, _names in os.walk(folder):
        root_path = Path(root)
        dirs[:] = [d for d in _shipped_dirs(root_path, dirs, out_dir) if d != "cache"]
        found.update((root_path / d).relative_to(folder) for d in dirs)
    return found


def app_modules(folder: Path, out_dir: Path | None = None) -> list[Path]:
    """The app's Python modules (what placement plans and the build ships)."""
    return [p for p in app_files(folder, out_dir or folder / "dist") if p.suffix == ".py"]

"""Where the build keeps what it can reuse across builds on this machine (npm files, memory
snapshots, compressed copies): $XDG_CACHE_HOME/pyclient/<kind>, by default ~/.cache.

The large kinds are bounded: each new file pushes out the files used least recently once the
kind holds more than its limit (a snapshot is about 16 MB, and `pyclient dev` makes one per
save). What is pushed out is made again when a build needs it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

LIMITS = {"snapshots": 3 * 1024**3, "compressed": 1024**3}


def cache_dir(kind: str) -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pyclient" / kind


def used(path: Path) -> None:
    """Mark a cached file as just used: the last to go when its kind is pruned."""
    with contextlib.suppress(FileNotFoundError):
        os.utime(path)


def prune(kind: str) -> None:
    """Delete the least recently used files of `kind` until it is within its limit."""
    entries = []
    for path in cache_dir(kind).iterdir():
        with contextlib.suppress(FileNotFoundError):  # another build may prune at once
            stat = path.stat()
            if path.is_file():
                entries.append((stat.st_mtime, stat.st_size, path))
    total = 0
    for n, (_, size, path) in enumerate(sorted(entries, key=lambda e: e[0], reverse=True)):
        total += size
        if n and total > LIMITS[kind]:  # the newest file stays, however large
            path.unlink(missing_ok=True)

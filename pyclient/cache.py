"""Where the build keeps what it can reuse across builds on this machine (npm files, memory
snapshots, compressed copies): $XDG_CACHE_HOME/pyclient/<kind>, by default ~/.cache."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir(kind: str) -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pyclient" / kind

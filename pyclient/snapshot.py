"""The build's memory snapshot: Python's memory with pyclient and the app already imported,
made under Node by web/dist/snapshot.mjs. The worker restores it instead of starting Python
and importing (about 0.3 s instead of several seconds). Without Node, or when the app cannot be
imported ahead of time, the site starts Python the plain way and the build says so.

Snapshots are cached by everything that goes into them, so rebuilding an unchanged app (the
test suite, `pyclient run`) does not pay for Node again. A changed app starts from a cached
snapshot of Pyodide with pyclient imported (Python's start is most of the cost): about 1.5 s
instead of 4.5 s.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

from .cache import cache_dir, prune, used

SNAPSHOT_FILE = "snapshot.bin"
TIMEOUT_S = 300


def _key(site: Path, script: Path, config: dict[str, Any]) -> str:
    digest = hashlib.sha256(json.dumps(config, sort_keys=True).encode())
    files = [script, site / "_pyclient" / "app.zip", site / "_pyclient" / "pyodide" / "pyodide.asm.wasm",
             site / "_pyclient" / "pyodide" / "python_stdlib.zip",
             *(site / "_pyclient" / w for w in config["wheels"])]
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def make(site: Path, script: Path, worker: dict[str, Any], wheels: list[str],
         import_app: bool = True) -> tuple[bool, str]:
    """Write _pyclient/snapshot.bin into the built `site`; returns (made, a note for the person).
    `import_app=False`: pyclient only (the app's module code must run in the browser)."""
    plain = "visitors wait for Python's plain start, a few seconds more"
    node = shutil.which("node")
    if node is None:
        return False, (f"no memory snapshot: Node is not installed here, so {plain}. "
                       "Install Node 18 or newer and rebuild.")
    config = {"wheels": wheels, "worker": {**{k: worker[k] for k in ("app_dir", "app_module")},
                                           "import_app": import_app}}
    target = site / "_pyclient" / SNAPSHOT_FILE
    cached = cache_dir("snapshots") / f"{_key(site, script, config)}.bin"
    config["base"] = _base(site, script)
    if cached.exists():
        used(cached)
        with contextlib.suppress(FileNotFoundError):  # unless a build pruned it meanwhile
            shutil.copyfile(cached, target)
            return True, f"memory snapshot: {target.stat().st_size / 1e6:.1f} MB (from the cache)"
    flags = _jspi_flags(node)  # probing Node costs two of its starts: only when it runs
    if not Path(config["base"]["file"]).exists():
        flags = [f for f in flags if f != LIFTOFF_ONLY]
    try:
        result = subprocess.run([node, *flags, str(script), str(site), json.dumps(config)],
                                capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return False, f"no memory snapshot: importing the app under Node took over {TIMEOUT_S} s, so {plain}."
    if result.returncode != 0 or not target.exists():
        why = _reason(result.stderr)
        return False, (f"no memory snapshot, so {plain}: importing the app ahead of time failed "
                       f"({why}). Module code that needs the browser (js, pyodide) should run "
                       "inside callbacks; or build with --no-snapshot to silence this note.")
    cached.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(target, cached)
    prune("snapshots")
    what = "the app is imported" if import_app else "pyclient is imported; the app starts in the page"
    return True, f"memory snapshot: {target.stat().st_size / 1e6:.1f} MB ({what} before the first visit)"


def _base(site: Path, script: Path) -> dict[str, str]:
    """Where snapshot.mjs finds (or makes) the snapshot every app starts from: Pyodide with
    pyclient imported. Keyed by Pyodide, the script and pyclient's files, and made from a zip
    of those files alone, so no app's file can end up in another app's snapshot."""
    with zipfile.ZipFile(site / "_pyclient" / "app.zip") as bundle:
        files = sorted((i.filename, bundle.read(i)) for i in bundle.infolist()
                       if i.filename.startswith("pyclient/"))
    digest = hashlib.sha256()
    for path in [script, site / "_pyclient" / "pyodide" / "pyodide.asm.wasm",
                 site / "_pyclient" / "pyodide" / "python_stdlib.zip"]:
        digest.update(path.read_bytes())
    for name, data in files:
        digest.update(name.encode() + b"\0" + data)
    folder = cache_dir("snapshots")
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"base-{digest.hexdigest()[:32]}"
    zip_path = stem.with_suffix(".zip")
    for path in (stem.with_suffix(".bin"), zip_path):
        used(path)  # every app's snapshot starts from it: the last to be pruned
    if not zip_path.exists():
        partial = zip_path.with_suffix(f".{os.getpid()}.zip")
        with zipfile.ZipFile(partial, "w") as out:
            for name, data in files:
                out.writestr(name, data)
        os.replace(partial, zip_path)
    return {"file": str(stem.with_suffix(".bin")), "bundle": str(zip_path)}


def _jspi_flags(node: str) -> list[str]:
    """The flag that gives this Node WebAssembly stack switching (see snapshot.mjs), if any,
    and V8's --liftoff-only when this Node takes it (see make)."""
    for flag in ("--experimental-wasm-stack-switching", "--experimental-wasm-jspi"):
        for flags in ([flag, LIFTOFF_ONLY], [flag]):
            probe = subprocess.run([node, *flags, "-e", "0"], capture_output=True, check=False)
            if probe.returncode == 0:
                return flags
    return []


# From the cached base, a snapshot takes a second or two of Python: too short for V8's
# optimising compiler to pay for itself on Pyodide's 9.6 MB of wasm (measured: 1.9 s of CPU
# against 1.4 s with the baseline compiler only). Python's own start, for the base, is long
# enough to gain from it (5.6 s against 6.9 s).
LIFTOFF_ONLY = "--liftoff-only"


def _reason(stderr: str) -> str:
    """The last error line Python or Node printed (not the minified source Node quotes)."""
    lines = [line.strip() for line in stderr.splitlines() if 0 < len(line.strip()) < 400]
    errors = [line for line in lines if re.match(r"[\w.]*(Error|Exception)\b", line)]
    return (errors or lines or ["no output"])[-1]

"""The site's service worker (web/src/sw.js, written as pyclient-sw.js next to index.html): it
keeps every file of one build in the browser's Cache Storage, so a second visit loads only the
page from the network and the site works offline after one visit. The build's version is a hash
of its files: a new build gets a new cache and the old one is removed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

FILE_NAME = "pyclient-sw.js"


def version(site: Path, spec: dict[str, Any]) -> str:
    """A hash of every file written so far (all but the pages) and of the spec."""
    digest = hashlib.sha256(json.dumps(spec, sort_keys=True).encode())
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        digest.update(path.relative_to(site).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def write(site: Path, script: Path, build_version: str) -> None:
    """pyclient-sw.js: the build's version and file list, then the worker's code."""
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                   if p.is_file() and p.name != FILE_NAME)
    build = json.dumps({"version": build_version, "files": files})
    (site / FILE_NAME).write_text(f"self.PYCLIENT_BUILD = {build};\n{script.read_text(encoding='utf-8')}",
                                  encoding="utf-8")

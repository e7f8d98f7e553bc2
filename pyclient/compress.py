"""Pre-compressed copies of a built site's large files: `X.br` (brotli) and `X.gz` next to each
X, so a server that knows them (`pyclient serve`/`run`, nginx `gzip_static`/`brotli_static`,
Caddy `precompressed`) sends a third of the bytes without compressing on every request.

Compressing Pyodide's 9.6 MB wasm well takes a while, and it is the same file in every build:
results are cached by content, so each distinct file is compressed once per machine.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import os
import shutil
from pathlib import Path

from .cache import cache_dir, prune, used

# What compresses: text and wasm (and the snapshot). Zips, wheels and images already are.
SUFFIXES = {".js", ".mjs", ".css", ".html", ".json", ".wasm", ".bin", ".map", ".svg", ".txt"}
MIN_BYTES = 1024
ENCODINGS = {"br": ".br", "gzip": ".gz"}  # in order of preference


def _brotli_quality(size: int) -> int:
    # 11 is the smallest but ~1 MB/s; above a few MB, 9 is within 12% at 20x the speed.
    return 11 if size <= 2_000_000 else 9


def _compressed(path: Path) -> dict[str, Path]:
    """The cached .br and .gz of this file's content, made when missing."""
    import brotli  # only the build compresses; the servers only pick a copy

    data = path.read_bytes()
    key = hashlib.sha256(data).hexdigest()[:32]
    cache = cache_dir("compressed")
    made = {".br": cache / f"{key}.br", ".gz": cache / f"{key}.gz"}
    if not all(p.exists() for p in made.values()):
        cache.mkdir(parents=True, exist_ok=True)
        for suffix, blob in ((".br", brotli.compress(data, quality=_brotli_quality(len(data)))),
                             (".gz", gzip.compress(data, compresslevel=6, mtime=0))):
            partial = made[suffix].with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(blob)
            partial.replace(made[suffix])  # two builds at once never see half a file
        prune("compressed")
    else:
        for cached in made.values():
            used(cached)
    return made


def compress_site(site: Path) -> tuple[int, int]:
    """Write X.br and X.gz next to every large compressible file of `site` (only when smaller);
    returns (bytes of those files, bytes of their .br copies)."""
    raw = packed = 0
    for path in sorted(site.rglob("*")):
        if path.suffix not in SUFFIXES or not path.is_file() or path.stat().st_size < MIN_BYTES:
            continue
        size = path.stat().st_size
        made = _compressed(path)
        for suffix, cached in made.items():
            if cached.stat().st_size < size:
                shutil.copyfile(cached, path.with_name(path.name + suffix))
        raw += size
        packed += min(size, made[".br"].stat().st_size)
    return raw, packed


def pick(path: Path, accept_encoding: str) -> tuple[Path, str | None]:
    """The file to send for `path`: its .br or .gz copy when the request accepts that encoding
    and the copy exists, else the file itself. Returns (file, Content-Encoding or None)."""
    accepted = {part.split(";")[0].strip().lower() for part in accept_encoding.split(",")
                if not part.replace(" ", "").endswith(("q=0", "q=0.0"))}
    for encoding, suffix in ENCODINGS.items():
        copy = path.with_name(path.name + suffix)
        if encoding in accepted and copy.is_file():
            return copy, encoding
    return path, None


def content_type(path: Path, types: dict[str, str]) -> str:
    """The Content-Type of the uncompressed file."""
    return types.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"

"""External stylesheets and scripts, fetched at build time so the site needs no other origin.

Most of what Dash apps link from a CDN is an npm package file (`dbc.themes.BOOTSTRAP` is
`https://cdn.jsdelivr.net/npm/bootstrap@5.3.6/dist/css/bootstrap.min.css`). When the CDN
cannot be reached, the same file comes from the package's tarball on the npm registry, so a
machine that can install packages can also build the site.
"""

from __future__ import annotations

import io
import os
import re
import tarfile
import urllib.request

from .cache import cache_dir

# cdn.jsdelivr.net/npm/NAME@VERSION/PATH and unpkg.com/NAME@VERSION/PATH (NAME may be @scope/x)
_NPM_CDN = re.compile(
    r"^https?://(?:cdn\.jsdelivr\.net/npm|unpkg\.com)/"
    r"(?P<name>(?:@[\w.-]+/)?[\w.-]+)@(?P<version>[\w.+-]+)/(?P<path>[^?#]+)"
)
REGISTRY = os.environ.get("PYCLIENT_NPM_REGISTRY", "https://registry.npmjs.org")


def _download(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


def _from_npm(name: str, version: str, path: str) -> bytes:
    tarball = cache_dir("npm") / f"{name.replace('/', '__')}-{version}.tgz"
    if not tarball.exists():
        base = name.split("/")[-1]
        data = _download(f"{REGISTRY}/{name}/-/{base}-{version}.tgz", timeout=30)
        tarball.parent.mkdir(parents=True, exist_ok=True)
        tarball.write_bytes(data)
    with tarfile.open(fileobj=io.BytesIO(tarball.read_bytes()), mode="r:gz") as archive:
        member = archive.extractfile(f"package/{path}")
        if member is None:
            raise FileNotFoundError(f"{path} is not in {name}@{version}")
        return member.read()


def fetch(url: str) -> bytes:
    """The file at `url`, from its CDN or, for an npm CDN URL, from the npm registry."""
    try:
        return _download(url, timeout=3)
    except Exception:  # any failure: try the registry, else report the first
        match = _NPM_CDN.match(url)
        if not match:
            raise
        return _from_npm(match["name"], match["version"], match["path"])

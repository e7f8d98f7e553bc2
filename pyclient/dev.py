"""`pyclient dev APP.py`: build, serve, watch the app's folder, rebuild on every save and let the
page reload itself. A build that fails (a syntax error, an import that breaks) becomes a page that
says so, with the file and line; the next save that builds brings the app back. The command
itself never stops on the app's errors.

Each build goes to a fresh folder served by a child `pyclient serve DIR --app APP.py` (the
server callbacks run the new code too). The page polls `_pyclient/dev.json` (written last by
each build) and reloads when its version changes; dcc.Store data kept in local or session
storage survives the reload, as in the browser.
"""

from __future__ import annotations

import html
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from .cli import _build_in_subprocess

VERSION_FILE = "dev.json"  # in _pyclient/
# What a change to does not concern the site: caches, editors' files, the VCS.
IGNORED_PARTS = {"__pycache__", ".git", ".mypy_cache", ".pytest_cache", "node_modules"}
# The error page polls like the app's page, so the next save that builds replaces it.
ERROR_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed: {name}</title>
<link rel="icon" href="data:,">
<style>body {{ font: 15px/1.5 system-ui, sans-serif; margin: 2em; color: #222; }}
h1 {{ color: #b00020; font-size: 1.4em; }} pre {{ white-space: pre-wrap; background: #f6f6f8;
padding: 1em; border-radius: 6px; }}</style></head>
<body><h1>{name} could not be built</h1><pre id="pyclient-build-error">{error}</pre>
<p>Fix it and save: this page reloads by itself when the app builds again.</p>
<script>{poll}</script></body></html>
"""
# Shared by the error page; main.js does the same for the app (spec.config.live_reload).
POLL_SCRIPT = """(() => { let first = null; setInterval(async () => { try {
  const r = await fetch("_pyclient/dev.json", {cache: "no-store"}); const v = (await r.json()).version;
  if (first === null) first = v; else if (v !== first) location.reload(); } catch (e) {} }, 400); })();"""


def relevant(path: str) -> bool:
    """Does a change to this file concern the site? (Not caches, editors' swap files, logs.)"""
    parts = Path(path).parts
    return not (set(parts) & IGNORED_PARTS) and not Path(path).name.startswith((".", "~")) \
        and not path.endswith(("~", ".swp", ".pyc", ".log"))


class DevServer:
    def __init__(self, app: Path, host: str, port: int) -> None:
        self.app = app.resolve()
        self.host, self.port = host, port
        self.root = Path(tempfile.mkdtemp(prefix="pyclient-dev-"))
        self.version = 0
        self.child: subprocess.Popen | None = None

    def rebuild(self) -> bool:
        """Build the app into a fresh folder and serve it (or the error page); True if it built."""
        self.version += 1
        out = self.root / f"site-{self.version}"
        started = time.monotonic()
        result = _build_in_subprocess(self.app, out, "--no-compress", "--no-service-worker",
                                      "--debug", "--live-reload")
        built = result.returncode == 0
        if built:
            command = ["serve", str(out), "--app", str(self.app), "--debug"]
            print(f"pyclient dev: built {self.app.name} in {time.monotonic() - started:.1f} s",
                  flush=True)
        else:
            sys.stderr.write(result.stderr)
            out.mkdir(parents=True, exist_ok=True)
            (out / "_pyclient").mkdir(exist_ok=True)
            (out / "index.html").write_text(ERROR_PAGE.format(
                name=html.escape(self.app.name), error=html.escape(result.stderr.strip()),
                poll=POLL_SCRIPT), encoding="utf-8")
            command = ["serve", str(out)]
            print(f"pyclient dev: {self.app.name} did not build; the page shows why", flush=True)
        (out / "_pyclient" / VERSION_FILE).write_text(json.dumps({"version": self.version}))
        self._serve(command)
        for old in self.root.glob("site-*"):
            if old != out:
                shutil.rmtree(old, ignore_errors=True)
        return built

    def _serve(self, command: list[str]) -> None:
        if self.child is not None:
            self.child.terminate()
            self.child.wait()
        self.child = subprocess.Popen([sys.executable, "-m", "pyclient", *command,
                                       "--host", self.host, "--port", str(self.port)])
        url = f"http://{self.host}:{self.port}/_pyclient/{VERSION_FILE}"
        for _ in range(200):  # up in a moment; the page keeps polling meanwhile anyway
            try:
                urllib.request.urlopen(url, timeout=1).close()
                return
            except OSError:
                if self.child.poll() is not None:
                    return
                time.sleep(0.05)

    def run(self) -> int:
        import watchfiles

        print(f"pyclient dev: http://{self.host}:{self.port}/ (watching {self.app.parent}; "
              "Ctrl-C stops)", flush=True)
        # Stopped from outside (SIGTERM), it still stops its server and removes its folder.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        self.rebuild()
        try:
            for changes in watchfiles.watch(self.app.parent, debounce=100, step=50):
                if any(relevant(path) for _, path in changes):
                    self.rebuild()
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            if self.child is not None:
                self.child.terminate()
                self.child.wait()
            shutil.rmtree(self.root, ignore_errors=True)
        return 0

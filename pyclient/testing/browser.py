"""The app built with `pyclient build`, served from a folder and opened in Chromium through
Playwright, with HeadlessApp's helpers: each action waits until every callback is done."""

from __future__ import annotations

import collections
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from ..dependencies import id_string

READY_TIMEOUT_MS = 120_000  # Python's start on a busy machine


def chromium_path() -> str | None:
    """Debian's Chromium when it is there; else None (the browser Playwright installed)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def build_site(app_file: str | Path, out: Path) -> Path:
    """Build the app for a test: with --debug (errors in the page) and no compressed copies."""
    result = subprocess.run([sys.executable, "-m", "pyclient", "build", str(app_file), "--out",
                             str(out), "--no-compress", "--debug"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"pyclient build failed for {app_file}:\n{result.stderr}")
    return out


class BrowserApp:
    def __init__(self, page: Any, url: str) -> None:
        self.page = page
        self.console: list[str] = []
        page.on("console", lambda msg: self.console.append(f"{msg.type}: {msg.text}"))
        page.goto(url)
        page.wait_for_function("(window.pyclient && window.pyclient.ready) || "
                               "document.documentElement.dataset.pyclient === 'error'",
                               timeout=READY_TIMEOUT_MS)
        self._wait("ready")

    def _wait(self, what: str) -> None:
        """window.pyclient.ready / idle(), with the page's fatal error as the failure."""
        failed = self.page.evaluate(
            "(what) => (what === 'ready' ? window.pyclient.ready : window.pyclient.idle())"
            ".then(() => null, (e) => String(e))", what)
        if failed:
            raise RuntimeError(f"the app failed: {failed}\n" + "\n".join(self.console))

    def locator(self, component_id: Any) -> Any:
        return self.page.locator(f"[id={json.dumps(id_string(component_id))}]")

    def click(self, component_id: Any) -> None:
        self.locator(component_id).click()
        self._wait("idle")

    def fill(self, component_id: Any, value: Any) -> None:
        self.locator(component_id).fill(str(value))
        self._wait("idle")

    def text(self, component_id: Any) -> str:
        return self.locator(component_id).text_content() or ""

    def calls(self) -> collections.Counter:
        counts = self.page.evaluate("window.pyclient.calls()") or {}
        return collections.Counter({n: c for n, c in counts.items() if c})

    @property
    def errors(self) -> list[str]:
        """The callback errors the page logged ("pyclient: callback NAME failed: ...")."""
        return [line for line in self.console if "pyclient: callback " in line]

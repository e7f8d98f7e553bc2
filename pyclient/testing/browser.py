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
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# Await window.pyclient.ready or .idle(), but fail at once, with the page's text, when the page
# shows data-pyclient="error", and after a deadline instead of hanging.
AWAIT_SCRIPT = """
async ([what, timeoutMs]) => {
  const target = what === "ready" ? window.pyclient.ready : window.pyclient.idle();
  let timer;
  const failed = new Promise((_, reject) => {
    const start = performance.now();
    const poll = () => {
      if (document.documentElement.dataset.pyclient === "error") {
        reject(new Error("pyclient shows an error: " + document.body.innerText.slice(0, 3000)));
      } else if (performance.now() - start > timeoutMs) {
        reject(new Error(`window.pyclient.${what} did not resolve within ${timeoutMs} ms`));
      } else {
        timer = setTimeout(poll, 100);
      }
    };
    poll();
  });
  try {
    await Promise.race([target, failed]);
  } finally {
    clearTimeout(timer);
  }
  return true;
}
"""


def chromium_path() -> str | None:
    """Debian's Chromium when it is there; else None (the browser Playwright installed)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch_chromium(playwright: Any) -> Any:
    """Chromium for tests: Debian's when installed (Playwright may not download browsers)."""
    path = chromium_path()
    return playwright.chromium.launch(**({"executable_path": path} if path else {}),
                                      args=CHROMIUM_ARGS)


def launch_profile(browser_type: Any, folder: str | Path) -> Any:
    """One Chromium profile whose pages share a browser context: a page there boots Python
    with about 40% less CPU than a page in a fresh context (measured on 8 examples: 1.8 s
    against 3.1 s), whether the server lets it cache or not. Pages of one context share
    their origins' storage: call forget_storage when a page is done with its app."""
    path = chromium_path()
    return browser_type.launch_persistent_context(
        str(folder), **({"executable_path": path} if path else {}), args=CHROMIUM_ARGS)


# What a fresh context would not have: everything an app may have stored for its origin.
STORAGE_TYPES = ("cookies,file_systems,indexeddb,local_storage,service_workers,cache_storage,"
                 "websql,shader_cache")


def forget_storage(page: Any, origins: set[str]) -> None:
    """Clear what the apps at these origins stored (localStorage, IndexedDB, cookies, service
    workers), the permissions granted and the HTTP cache, so that the next page starts as in a
    new context (a later server may get the same port, and serve another app there)."""
    session = page.context.new_cdp_session(page)
    try:
        for origin in origins:
            session.send("Storage.clearDataForOrigin",
                         {"origin": origin, "storageTypes": STORAGE_TYPES})
        session.send("Network.clearBrowserCache")
    finally:
        session.detach()
    page.context.clear_permissions()


def wait_for(page: Any, what: str, timeout_ms: int = READY_TIMEOUT_MS) -> None:
    """Until the app is "ready" (its initial callbacks applied) or "idle" (no callback
    pending or running); a page that shows a fatal error fails at once, with its text."""
    if what == "ready":
        page.wait_for_function("(window.pyclient && window.pyclient.ready) || "
                               "document.documentElement.dataset.pyclient === 'error'",
                               timeout=timeout_ms)
    page.evaluate(AWAIT_SCRIPT, [what, timeout_ms])


def build_site(app_file: str | Path, out: Path, timeout_s: float | None = None) -> Path:
    """Build the app for a test: with --debug (errors in the page), no compressed copies (a
    test's server does not send them) and no service worker (it would download every file of
    the build after each page is ready: about 1.5 s of CPU per page, measured)."""
    result = subprocess.run([sys.executable, "-m", "pyclient", "build", str(app_file), "--out",
                             str(out), "--no-compress", "--no-service-worker", "--debug"],
                            capture_output=True, text=True, check=False, timeout=timeout_s)
    if result.returncode != 0:
        raise RuntimeError(f"pyclient build failed for {app_file} (exit {result.returncode}):\n"
                           f"{result.stderr}\n{result.stdout}")
    return out


class BrowserApp:
    def __init__(self, page: Any, url: str) -> None:
        self.page = page
        self.console: list[str] = []
        page.on("console", lambda msg: self.console.append(f"{msg.type}: {msg.text}"))
        page.goto(url)
        self._wait("ready")

    def _wait(self, what: str) -> None:
        """wait_for, failing with what the page logged too."""
        try:
            wait_for(self.page, what)
        except Exception as err:  # noqa: BLE001 - Playwright's error, with the console added
            raise RuntimeError(f"the app failed: {err}\n" + "\n".join(self.console)) from None

    def locator(self, component_id: Any) -> Any:
        return self.page.locator(f"[id={json.dumps(id_string(component_id))}]")

    def click(self, component_id: Any) -> None:
        self.locator(component_id).click()
        self._wait("idle")

    def fill(self, component_id: Any, value: Any) -> None:
        self.locator(component_id).fill(str(value))
        self._wait("idle")

    def submit(self, component_id: Any) -> None:
        """Enter in an input (n_submit; the value too with debounce=True)."""
        self.locator(component_id).press("Enter")
        self._wait("idle")

    def text(self, component_id: Any) -> str:
        return self.locator(component_id).text_content() or ""

    def value(self, component_id: Any) -> str:
        return self.locator(component_id).input_value()

    def exists(self, component_id: Any) -> bool:
        return self.locator(component_id).count() > 0

    def calls(self) -> collections.Counter:
        counts = self.page.evaluate("window.pyclient.calls()") or {}
        return collections.Counter({n: c for n, c in counts.items() if c})

    @property
    def errors(self) -> list[str]:
        """The callback errors the page logged ("pyclient: callback NAME failed: ...")."""
        return [line for line in self.console if "pyclient: callback " in line]

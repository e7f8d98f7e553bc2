"""What the build adds around the app for its visitors: compressed copies that `pyclient serve`
sends, and a service worker that keeps the build's files, so the site works offline after one
visit and a new build replaces the old files."""

import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from pyclient.serve import serve_in_thread

pytestmark = pytest.mark.pyclient_only

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Elephants are the only animal that can't jump"


def _build(name: str, out: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pyclient", "build", f"examples/{name}/app.py", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr


def _wait_ready(page) -> None:
    page.wait_for_function("document.documentElement.dataset.pyclient === 'ready'", timeout=90_000)


def _wait_controlled(page) -> None:
    """The service worker has cached the build and controls the page."""
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=90_000)


def test_pyclient_serve_sends_the_compressed_copies(browser, site_root):
    site = site_root / "compressed"
    _build("prevent_update", site)
    assert (site / "_pyclient" / "pyodide" / "pyodide.asm.wasm.br").is_file()
    assert (site / "_pyclient" / "pyodide" / "pyodide.asm.wasm.gz").is_file()
    server = serve_in_thread(site)
    context = browser.new_context()
    try:
        page = context.new_page()
        encodings = {}
        page.on("response", lambda r: encodings.__setitem__(
            r.url.rsplit("/", 1)[-1], r.headers.get("content-encoding")))
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
        _wait_ready(page)
        page.click("#show-secret")
        expect(page.locator("#body-div")).to_have_text(SECRET)
        for name in ("pyodide.asm.wasm", "snapshot.bin", "main.js"):
            assert encodings.get(name) in ("br", "gzip"), (name, encodings)
    finally:
        context.close()
        server.shutdown()


def test_after_one_visit_the_site_works_offline(browser, static_server, site_root):
    _build("prevent_update", site_root / "offline")  # as published: with its service worker
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{static_server}/offline/")
        _wait_ready(page)
        _wait_controlled(page)
        context.set_offline(True)
        page.reload()
        _wait_ready(page)
        page.click("#show-secret")
        expect(page.locator("#body-div")).to_have_text(SECRET)
    finally:
        context.close()


def test_a_new_build_replaces_the_cached_one(browser, static_server, site_root):
    folder = site_root / "rebuilt"
    _build("prevent_update", folder)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{static_server}/rebuilt/")
        _wait_ready(page)
        _wait_controlled(page)
        expect(page.locator("#show-secret")).to_be_visible()

        _build("dcc_button", folder)  # another app at the same address
        new_version = (folder / "index.html").read_text().split('data-pyclient-build="')[1][:16]
        page.reload()
        _wait_ready(page)
        expect(page.locator("#save-out")).to_have_text("Not saved yet")
        page.click("#save")
        expect(page.locator("#save-out")).to_have_text("Saved 1 times")
        # The new build's worker takes over and drops the old build's files.
        page.wait_for_function(
            """(version) => caches.keys().then((keys) => {
                const ours = keys.filter((k) => k.includes('/rebuilt/'));
                return ours.length === 1 && ours[0].endsWith(' ' + version);
            })""", arg=new_version, timeout=90_000)
    finally:
        context.close()

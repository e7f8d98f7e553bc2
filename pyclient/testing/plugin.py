"""The pytest plugin (entry point `pytest11: pyclient`): fixtures that open a Dash app file
headless (plain CPython, no browser) or in Chromium, with the same helpers.

    def test_adding_an_item(pyclient_app):          # runs twice: headless, then in Chromium
        app = pyclient_app("app.py")
        app.fill("new-item", "milk")
        app.click("add")
        assert app.text("totals") == "0 of 1 items completed - 0%"
        assert app.calls()["edit_list"] == 2

`pyclient_headless` and `pyclient_browser` give one way each. The browser is the session's
Playwright `browser` fixture when there is one (pytest-playwright's), else Debian's Chromium when
installed, else the one Playwright installed; the site is served from a temporary folder.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest

from .browser import BrowserApp, build_site, launch_chromium
from .headless import HeadlessApp


@pytest.fixture
def pyclient_headless():
    """Factory: pyclient_headless("app.py") -> HeadlessApp, its initial callbacks done."""
    return HeadlessApp


@pytest.fixture(scope="session")
def _pyclient_chromium(request):
    # One sync Playwright per process: a session that has a Playwright `browser` fixture
    # already (pytest-playwright's, or the project's own) lends it.
    try:
        existing = request.getfixturevalue("browser")
    except pytest.FixtureLookupError:
        existing = None
    if hasattr(existing, "new_context"):
        yield existing
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def pyclient_browser(_pyclient_chromium, tmp_path_factory):
    """Factory: pyclient_browser("app.py") -> BrowserApp on the built, served app, ready."""
    from ..serve import serve_in_thread

    opened: list[Any] = []

    def open_app(app_file: str | Path) -> BrowserApp:
        site = build_site(app_file, tmp_path_factory.mktemp("pyclient-site") / "site")
        server = serve_in_thread(site)
        context = _pyclient_chromium.new_context()
        opened.append((server, context))
        return BrowserApp(context.new_page(), f"http://127.0.0.1:{server.server_address[1]}/")

    yield open_app
    for server, context in opened:
        with contextlib.suppress(Exception):
            context.close()
        server.shutdown()


@pytest.fixture(params=["headless", "browser"])
def pyclient_app(request):
    """Factory, both ways: the test runs once headless and once in Chromium."""
    return request.getfixturevalue(f"pyclient_{request.param}")

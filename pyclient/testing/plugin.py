"""The pytest plugin (entry point `pytest11: pyclient`): fixtures that open a Dash app file
headless (plain CPython, no browser) or in Chromium, with the same helpers.

    def test_adding_an_item(pyclient_app):          # runs twice: headless, then in Chromium
        app = pyclient_app("app.py")
        app.fill("new-item", "milk")
        app.click("add")
        assert app.text("totals") == "0 of 1 items completed - 0%"
        assert app.calls()["edit_list"] == 2

`pyclient_headless` and `pyclient_browser` give one way each. The browser pages share one
Chromium profile per session (Debian's Chromium when installed, else the one Playwright
installed), started from the session's Playwright `browser` fixture when there is one
(pytest-playwright's); the site is served from a temporary folder.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest

from .browser import BrowserApp, build_site, forget_storage, launch_profile
from .headless import HeadlessApp


@pytest.fixture
def pyclient_headless():
    """Factory: pyclient_headless("app.py") -> HeadlessApp, its initial callbacks done."""
    return HeadlessApp


@pytest.fixture(scope="session")
def _pyclient_chromium(request, tmp_path_factory):
    """Where pyclient_browser opens its pages: one Chromium profile for the session, where a
    page starts with about 40% less CPU than in a fresh context (browser.launch_profile). One
    sync Playwright per process: a session that has a Playwright `browser` fixture already
    (pytest-playwright's, or the project's own) lends its browser type; a Firefox or WebKit
    one gets a new context per app instead."""
    try:
        existing = request.getfixturevalue("browser")
    except pytest.FixtureLookupError:
        existing = None
    folder = tmp_path_factory.mktemp("pyclient-profile")
    if hasattr(existing, "browser_type"):
        if existing.browser_type.name != "chromium":
            yield existing
            return
        profile = launch_profile(existing.browser_type, folder)
        yield profile
        profile.close()
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        profile = launch_profile(playwright.chromium, folder)
        yield profile
        profile.close()


@pytest.fixture
def pyclient_browser(_pyclient_chromium, tmp_path_factory):
    """Factory: pyclient_browser("app.py") -> BrowserApp on the built, served app, ready.
    Each test starts as in a new context: what its apps stored is cleared after it."""
    from ..serve import serve_in_thread

    opened: list[Any] = []

    def open_app(app_file: str | Path) -> BrowserApp:
        site = build_site(app_file, tmp_path_factory.mktemp("pyclient-site") / "site")
        server = serve_in_thread(site)
        origin = f"http://127.0.0.1:{server.server_address[1]}"
        if hasattr(_pyclient_chromium, "new_context"):  # a lent Firefox or WebKit
            context = _pyclient_chromium.new_context()
            page = context.new_page()
        else:
            context, page = None, _pyclient_chromium.new_page()
        opened.append((server, context, page, origin))
        return BrowserApp(page, origin + "/")

    yield open_app
    for server, context, page, origin in opened:
        with contextlib.suppress(Exception):
            if context is not None:
                context.close()
            else:
                forget_storage(page, {origin})  # a later server may get the same port
                page.close()
        server.shutdown()


@pytest.fixture(params=["headless", "browser"])
def pyclient_app(request):
    """Factory, both ways: the test runs once headless and once in Chromium."""
    return request.getfixturevalue(f"pyclient_{request.param}")

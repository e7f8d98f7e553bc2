"""Server callbacks end to end: chains across browser and server in Dash's order, what a build
publishes, a site without its server, a server that goes down and comes back, a server on
another origin, and "latest request wins" across the network."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import (
    ROOT,
    TIMEOUT_MS,
    _wait_for_url,
    answers,
    free_port,
    wait_until,
)
from playwright.sync_api import expect

from pyclient.testing.browser import wait_for


def trig_text(triggered, trig_id, clicks, num, truthy=True):
    return json.dumps({"clicks": clicks, "id": trig_id,
                       "inputs": {"add.n_clicks": clicks or None, "num.value": num},
                       "triggered": triggered, "truthy": truthy}, sort_keys=True)


def test_chains_cross_browser_and_server_in_dash_order(app_page):
    app = app_page("server_chain")
    expect(app.locator("#double")).to_have_text("6")
    expect(app.locator("#square")).to_have_text("36")
    expect(app.locator("#label")).to_have_text("Square is 36")
    expect(app.locator("#root")).to_have_text("Root is 6.0")
    expect(app.locator("#trig")).to_have_text(
        trig_text([{"prop_id": ".", "value": None}], None, 0, 3, truthy=False))
    expect(app.locator("#parity")).to_have_text("odd")
    expect(app.locator("#add")).to_have_attribute("title", "num is 3")  # set_props
    expect(app.locator("[id*=cell-out]")).to_have_text(["-: 2.0", "-: 3.0"])
    assert app.ran() == {"double": 1, "square": 1, "label": 1, "root": 1, "trig": 1,
                         "parity": 1, "cell": 2}

    app.fill("#num", "4")
    app.settle()
    expect(app.locator("#label")).to_have_text("Square is 64")
    expect(app.locator("#root")).to_have_text("Root is 8.0")
    expect(app.locator("#trig")).to_have_text(
        trig_text([{"prop_id": "num.value", "value": 4}], "num", 0, 4))
    expect(app.locator("#parity")).to_have_text("even")
    expect(app.locator("#add")).to_have_attribute("title", "num is 4")

    for _ in range(2):
        app.click("#add")
        app.settle()
    expect(app.locator("#log li")).to_have_text(["item 1", "item 2"])  # a Patch from the server
    expect(app.locator("#status")).to_have_text("2 clicks")  # allow_duplicate, browser side
    expect(app.locator("#add")).to_be_enabled()  # running= ended
    expect(app.locator("#trig")).to_have_text(
        trig_text([{"prop_id": "add.n_clicks", "value": 2}], "add", 2, 4))

    app.fill("#num", "150")  # square raises PreventUpdate on the server: nothing below it runs
    app.settle()
    expect(app.locator("#double")).to_have_text("300")
    expect(app.locator("#square")).to_have_text("64")
    expect(app.locator("#label")).to_have_text("Square is 64")

    app.locator("[id*=cell-in]").nth(1).fill("16")  # MATCH: only the second pair runs
    app.settle()
    expect(app.locator("[id*=cell-out]")).to_have_text(["-: 2.0", "2: 4.0"])
    assert app.ran() == {"double": 3, "square": 3, "label": 2, "root": 2, "trig": 5,
                         "parity": 3, "add": 2, "status": 2, "cell": 3}


def test_latest_request_wins_across_the_network(app_page):
    app = app_page("server_latest")
    expect(app.locator("#echo")).to_have_text("Shown: go: 2 letters")
    app.evaluate("""() => {
        window.__seen = [];
        new MutationObserver(() => window.__seen.push(document.querySelector('#length').textContent))
          .observe(document.querySelector('#length'), {childList: true, subtree: true, characterData: true});
    }""")
    app.fill("#word", "slow")  # three seconds on the server...
    app.fill("#word", "quick")  # ...and the input changed meanwhile
    app.settle()
    expect(app.locator("#length")).to_have_text("quick: 5 letters")
    expect(app.locator("#echo")).to_have_text("Shown: quick: 5 letters")
    assert app.evaluate("window.__seen").count("slow: 4 letters") == 0
    assert app.evaluate("document.querySelector('#word').value") == "quick"


# ---------------------------------------------------------------- what the build publishes

CANARIES = ["CANARY-BODY-e81a", "CANARY-MODULE-9d4e", "CANARY-ENV-51c2", "CANARY-HELPER-2b7f",
            "CANARY-DATA-77aa", "private_prices", "PYCLIENT_DEMO_TOKEN", "read_csv"]


def _contents(path: Path, data: bytes):
    """(name, bytes) for a file and, recursively, every member of an archive inside it."""
    yield str(path), data
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.namelist():
                yield from _contents(path / member, archive.read(member))


@pytest.mark.pyclient_only
def test_the_build_publishes_nothing_of_the_server(built_site, app_page):
    site = built_site("server_secrets")
    found = {}
    searched = 0
    for path in site.rglob("*"):
        if path.is_file() and not path.is_symlink() and "pyodide" not in path.parts:
            for name, data in _contents(path, path.read_bytes()):
                searched += 1
                for canary in CANARIES + ["VISIBLE-BROWSER-0c3d"]:
                    if canary.encode() in data:
                        found.setdefault(canary, []).append(name)
    assert searched > 40  # the archive was opened: pyclient's own modules are in it
    assert {c: found[c] for c in CANARIES if c in found} == {}
    assert "VISIBLE-BROWSER-0c3d" in found  # the browser callback's body is shipped, as it should

    app = app_page("server_secrets")  # and the app works: the server has all of it
    expect(app.locator("#margin")).to_have_text("Margin on tea: 3.25")
    expect(app.locator("#token")).to_have_text("Token ends with 51c2")
    expect(app.locator("#shout")).to_have_text("TEA! VISIBLE-BROWSER-0c3d")


# ---------------------------------------------------------------- without, or far from, its server


def _open(profile_page, url: str):
    page = profile_page()
    page.goto(url)
    wait_for(page, "ready", TIMEOUT_MS)
    wait_for(page, "idle", TIMEOUT_MS)
    return page


def _settle(page):
    wait_for(page, "idle", TIMEOUT_MS)


@pytest.mark.pyclient_only
def test_a_static_site_without_its_server_keeps_its_browser_callbacks(
        profile_page, built_site, static_server):
    built_site("server_chain")
    page = _open(profile_page, f"{static_server}/server_chain/")
    expect(page.locator("#double")).to_have_text("6")  # browser callbacks run
    expect(page.locator("#pyclient-overlay")).to_contain_text(
        'Callback "square" runs on the server, but this site is served without one')
    page.fill("#num", "5")
    _settle(page)
    expect(page.locator("#double")).to_have_text("10")
    assert page.input_value("#num") == "5"


def _start(cmd, env=None, log_path=None):
    log = open(log_path, "w")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, **(env or {})}, start_new_session=True)


def _stop(proc):
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.pyclient_only
def test_server_down_then_back(profile_page, built_site, tmp_path):
    site = built_site("server_chain")
    port = free_port()
    cmd = [sys.executable, "-m", "pyclient", "serve", str(site), "--app",
           "examples/server_chain/app.py", "--port", str(port)]
    url = f"http://127.0.0.1:{port}/"
    server = _start(cmd, log_path=tmp_path / "first.log")
    try:
        _wait_for_url(server, url, tmp_path / "first.log", "pyclient serve --app")
        page = _open(profile_page, url)
        expect(page.locator("#square")).to_have_text("36")
        _stop(server)
        page.fill("#num", "5")
        _settle(page)
        expect(page.locator("#double")).to_have_text("10")  # the browser side goes on
        expect(page.locator("body")).to_contain_text('Callback "square" runs on the server, and')
        expect(page.locator("body")).to_contain_text("could not be reached")
        assert page.input_value("#num") == "5"  # what the user typed stays
        server = _start(cmd, log_path=tmp_path / "second.log")
        _wait_for_url(server, url, tmp_path / "second.log", "pyclient serve --app (again)")
        page.fill("#num", "6")
        _settle(page)
        expect(page.locator("#square")).to_have_text("144")
        expect(page.locator("#label")).to_have_text("Square is 144")
    finally:
        _stop(server)


@pytest.mark.pyclient_only
def test_a_server_on_another_origin(profile_page, site_root, static_server, tmp_path):
    """`build --server-url` + the documented deployment command (uvicorn --factory, 2 workers):
    the allowed origin works; a site on an origin the server does not allow is refused."""
    port = free_port()
    out = site_root / "server_chain-remote"
    build = subprocess.run(
        [sys.executable, "-m", "pyclient", "build", "examples/server_chain/app.py", "--out",
         str(out), "--server-url", f"http://127.0.0.1:{port}", "--debug"],  # errors in the page
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    assert build.returncode == 0, build.stderr
    env = {"PYCLIENT_APP": "examples/server_chain/app.py",
           "PYCLIENT_ALLOW_ORIGINS": static_server}
    uvicorn = [sys.executable, "-m", "uvicorn", "--factory", "pyclient.server:app_from_env",
               "--port", str(port), "--workers", "2"]
    server = _start(uvicorn, env, tmp_path / "uvicorn.log")
    try:
        probe = f"http://127.0.0.1:{port}/_pyclient/callback"
        # The endpoint answers GET with 405: up, though it refuses the request.
        wait_until(lambda: answers(probe, any_status=True), server, tmp_path / "uvicorn.log",
                   "uvicorn --factory pyclient.server:app_from_env")
        page = _open(profile_page, f"{static_server}/server_chain-remote/")
        expect(page.locator("#label")).to_have_text("Square is 36")
        page.fill("#num", "7")
        _settle(page)
        expect(page.locator("#root")).to_have_text("Root is 14.0")
        # The same site on another origin (localhost is not 127.0.0.1) is refused by CORS.
        other = static_server.replace("127.0.0.1", "localhost")
        page = _open(profile_page, f"{other}/server_chain-remote/")
        expect(page.locator("#double")).to_have_text("6")
        expect(page.locator("body")).to_contain_text("could not be reached")
        expect(page.locator("#square")).to_have_text("")
    finally:
        _stop(server)


@pytest.mark.pyclient_only  # pyclient's console message (Dash logs a failed request)
def test_a_failing_server_callback_shows_its_error_and_the_app_goes_on(app_page):
    app = app_page("server_latest")  # `pyclient run` without --debug: what visitors get
    app.fill("#word", "boom")
    app.settle()
    failed = [line for line in app.console if "callback length failed" in line]
    assert failed and "ValueError: no boom please" in failed[0], app.console
    assert "Traceback" not in failed[0]  # the server keeps its tracebacks outside debug mode
    expect(app.locator("#pyclient-overlay")).to_have_count(0)  # nothing technical for visitors
    expect(app.locator("#length")).to_have_text("go: 2 letters")  # the old value stays
    app.fill("#word", "fine")
    app.settle()
    expect(app.locator("#echo")).to_have_text("Shown: fine: 4 letters")


@pytest.mark.pyclient_only
def test_a_server_slower_than_the_timeout(profile_page, site_root, tmp_path):
    out = site_root / "server_latest-timeout"
    build = subprocess.run(
        [sys.executable, "-m", "pyclient", "build", "examples/server_latest/app.py", "--out",
         str(out), "--server-timeout", "1", "--debug"],  # the author's view: errors in the page
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    assert build.returncode == 0, build.stderr
    port = free_port()
    server = _start([sys.executable, "-m", "pyclient", "serve", str(out), "--app",
                     "examples/server_latest/app.py", "--port", str(port)],
                    log_path=tmp_path / "serve.log")
    try:
        url = f"http://127.0.0.1:{port}/"
        _wait_for_url(server, url, tmp_path / "serve.log", "pyclient serve --app")
        page = _open(profile_page, url)
        page.fill("#word", "slow")
        _settle(page)
        expect(page.locator("body")).to_contain_text(
            'Callback "length" runs on the server, which did not answer within 1 s')
        assert page.input_value("#word") == "slow"
        page.fill("#word", "ok")
        _settle(page)
        expect(page.locator("#echo")).to_have_text("Shown: ok: 2 letters")
    finally:
        _stop(server)


def test_a_layout_function_that_needs_the_server_runs_per_load(app_page):
    first = app_page("server_layout_function")
    expect(first.locator("#heading")).to_have_text("3 cities")
    expect(first.locator("#greeting")).to_have_text("Hello, Lima!")  # a browser callback
    count = int(first.locator("#load").inner_text().split()[-1])
    second = app_page("server_layout_function")
    # Called again for this load, as Dash calls a layout function per request.
    expect(second.locator("#load")).to_have_text(f"page load {count + 1}")
    second.locator("#city").click()
    second.get_by_role("option", name="Quito").click()
    second.settle()
    expect(second.locator("#greeting")).to_have_text("Hello, Quito!")
    assert second.ran() == {"greet": 2}

"""Shared fixtures for the end-to-end tests: one Chromium and one static server per session.

Two modes:
- default: each example is built once with `python -m pyclient build` and served as static files;
  readiness comes from `window.pyclient.ready` / `window.pyclient.idle()` (docs/protocol.md).
- `--oracle`: each example runs on real Dash 4.4.1 (`/work/shared/tools/dash-oracle`), so the
  very same tests check that their expectations are Dash's actual behaviour.
"""

from __future__ import annotations

import ast
import collections
import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

# The suite opens, builds and waits for apps through pyclient.testing, the authors' plugin: if
# the plugin breaks, every test here does.
from pyclient.testing.browser import (
    BrowserApp,
    build_site,
    forget_storage,
    launch_chromium,
    launch_profile,
    wait_for,
)
from pyclient.testing.headless import HeadlessApp

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ORACLE_TOOL = Path(os.environ.get("DASH_ORACLE_TOOL", "/work/shared/tools/dash-oracle"))
ORACLE_VENV = Path(os.environ.get("DASH_ORACLE_VENV", "/tmp/dash-oracle-venv"))
# The Python that runs the callbacks in pyclient mode: Pyodide 314.0.x ships CPython 3.14.
PYODIDE_PYTHON = (3, 14)
# Pyodide boots in seconds, but a 2-core CI machine running a build next to it is slow.
TIMEOUT_MS = int(os.environ.get("PYCLIENT_TEST_TIMEOUT_MS", "90000"))  # shorter while iterating
BUILD_TIMEOUT_S = 600

# Oracle mode: count the callback requests and the fetches still in flight, so that settle()
# knows when Dash is done and calls() can count calls the way window.pyclient.calls() does.
ORACLE_INIT_SCRIPT = """
(() => {
  window.__oracle = {inflight: 0, last: performance.now(), requests: []};
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === "string" ? input : input.url;
    if (url.includes("_dash-update-component") && init && typeof init.body === "string") {
      window.__oracle.requests.push(init.body);
    }
    window.__oracle.inflight += 1;
    window.__oracle.last = performance.now();
    const done = () => { window.__oracle.inflight -= 1; window.__oracle.last = performance.now(); };
    return realFetch(input, init).then(
      (response) => { done(); return response; },
      (error) => { done(); throw error; });
  };
})();
"""

# Dash is done when its store holds no requested/prioritized/executing/watched callback, no
# fetch is in flight, nothing is marked loading, and this has held for a short quiet period
# (the renderer dispatches follow-up callbacks a few ticks after applying a response).
ORACLE_SETTLE_SCRIPT = """
([quietMs, timeoutMs]) => new Promise((resolve, reject) => {
  const start = performance.now();
  const busy = () => {
    const store = window.store;
    if (!store || store.getState().appLifecycle !== "HYDRATED") return true;
    const callbacks = Object.assign({}, store.getState().callbacks);
    delete callbacks.stored;
    delete callbacks.completed;
    if (Object.values(callbacks).some((list) => list && list.length)) return true;
    if (window.__oracle.inflight > 0) return true;
    return document.querySelector("[data-dash-is-loading=true]") !== null;
  };
  let quietSince = null;
  const poll = () => {
    const now = performance.now();
    if (busy() || now - window.__oracle.last < quietMs) {
      quietSince = null;
    } else if (quietSince === null) {
      quietSince = now;
    } else if (now - quietSince >= quietMs) {
      resolve(true);
      return;
    }
    if (now - start > timeoutMs) {
      reject(new Error(`Dash still busy after ${timeoutMs} ms`));
      return;
    }
    setTimeout(poll, 20);
  };
  poll();
})
"""



def pytest_addoption(parser):
    parser.addoption(
        "--oracle",
        action="store_true",
        default=False,
        help="run the e2e tests against real Dash 4.4.1 instead of a pyclient build",
    )
    parser.addoption(
        "--in-browser",
        action="store_true",
        default=False,
        help="run the callback-semantics tests (dash_app) in Chromium on a pyclient build too, "
             "instead of through the scheduler in plain CPython",
    )


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "pyclient_only: checks pyclient's own machinery; skipped with --oracle"
    )
    config.addinivalue_line(
        "markers", "dash_app: a callback-semantics test (its own fixture marks it): "
                   "`-m dash_app --in-browser` runs them all in Chromium"
    )


# The files that take longest (measured with --durations), first: `--dist loadfile` hands out
# files in collection order, so the workers end together instead of one of them running
# the last long file alone.
LONGEST_FIRST = [
    "test_r_apps.py", "test_server_callbacks.py", "test_snapshot.py", "test_pandas_apps.py",
    "test_graph.py", "test_server_background.py", "test_wheel.py", "test_testing_plugin.py",
    "test_background.py", "test_server_celery.py", "test_errors.py", "test_requirements.py",
    "test_hostile_content.py", "test_offline.py", "test_publish.py", "test_dev.py",
]


def pytest_collection_modifyitems(config, items):
    rank = {name: n for n, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: files stay whole
    for item in items:
        if "dash_app" in getattr(item, "fixturenames", ()):
            item.add_marker("dash_app")
    if not config.getoption("--oracle"):
        return
    skip = pytest.mark.skip(reason="pyclient-only behaviour, real Dash has no equivalent")
    for item in items:
        if "pyclient_only" in item.keywords:
            item.add_marker(skip)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def oracle(pytestconfig) -> bool:
    return pytestconfig.getoption("--oracle")


@pytest.fixture(scope="session")
def callback_python(oracle) -> tuple[int, int]:
    """(major, minor) of the Python that runs the callbacks. Some output depends on it: Dash's
    falsy ctx.triggered placeholder prints as [] through json.dumps(indent=...) before 3.13 and
    in full from 3.13 on, where the C encoder handles indent and ignores __bool__."""
    if not oracle:
        return PYODIDE_PYTHON
    out = subprocess.run(
        [str(ORACLE_VENV / "bin" / "python"), "-c", "import sys; print(*sys.version_info[:2])"],
        capture_output=True, text=True, check=True).stdout
    major, minor = out.split()
    return int(major), int(minor)


@pytest.fixture(scope="session")
def playwright_session():
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_session):
    """Chromium for tests that make their own contexts (offline, held downloads, ...)."""
    chromium = launch_chromium(playwright_session)
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def app_profile(playwright_session, tmp_path_factory):
    """The one Chromium profile app_page opens its pages in: they boot faster there than in
    fresh contexts (pyclient.testing.browser.launch_profile); each test's origins are cleared
    after it."""
    context = launch_profile(playwright_session.chromium,
                             tmp_path_factory.mktemp("chromium-profile"))
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    context.close()


# ---------------------------------------------------------------- pyclient mode: build + serve


@pytest.fixture(scope="session")
def site_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.getbasetemp() / "site"
    root.mkdir(exist_ok=True)
    return root


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    # The types come from the standard mimetypes table, as for a static host: .wasm is
    # application/wasm (a wrong type makes Pyodide hang), .mjs and .js text/javascript.
    def log_message(self, *args):
        pass

    def end_headers(self):
        # The pages of a session share one profile (app_profile): nothing is kept from one test
        # to the next, as with a fresh context (a damaged copy reuses a URL within a second).
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class _SiteServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A page that stops loading (a failed boot, a closed context) drops its downloads.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def static_server(site_root):
    """One threaded static server over every built example: http://127.0.0.1:PORT/<name>/."""
    handler = functools.partial(_SiteHandler, directory=str(site_root))
    server = _SiteServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def built_site(site_root):
    """Build an example once per session, each in a fresh process; return its folder."""
    results: dict[str, tuple[Path | None, str]] = {}

    def build(name: str) -> Path:
        if name not in results:
            # --debug: the tests take the author's view (the error overlay shows). No .br/.gz
            # copies (this server never sends them) and no service worker (its download of the
            # whole build costs CPU on every page): test_offline.py builds and checks both.
            try:
                results[name] = (build_site(app_file(name), site_root / name,
                                            timeout_s=BUILD_TIMEOUT_S), "")
            except RuntimeError as err:
                results[name] = (None, str(err))
        path, error = results[name]
        if path is None:
            pytest.fail(f"pyclient build of {app_file(name)} failed: {error}", pytrace=False)
        return path

    return build


def app_file(name: str) -> Path:
    """An example's app: app.py, or app.R for a Dash for R example (examples/r_*)."""
    python = EXAMPLES / name / "app.py"
    return python if python.exists() else EXAMPLES / name / "app.R"


@functools.cache
def needs_server(name: str) -> bool:
    """Does the example have callbacks that run on the server (pandas, server=True)?"""
    from pyclient.placement import plan_app

    if app_file(name).suffix == ".R":
        return False
    plans = plan_app(EXAMPLES / name / "app.py")
    return any(plan.server_callbacks or plan.layout_removed for plan in plans.values())


def wait_until(ready, proc: subprocess.Popen, log_path: Path, what: str,
               seconds: float = BUILD_TIMEOUT_S) -> None:
    """Poll ready() until it is true; fail with the process's log if it exits or time runs out."""
    deadline = time.monotonic() + seconds
    while not ready():
        if proc.poll() is not None:
            pytest.fail(f"{what} exited:\n{log_path.read_text()}", pytrace=False)
        if time.monotonic() > deadline:
            pytest.fail(f"{what} never answered:\n{log_path.read_text()}", pytrace=False)
        time.sleep(0.2)


def answers(url: str, any_status: bool = False) -> bool:
    """Does url answer (with 2xx, or with any HTTP status when any_status)?"""
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return any_status
    except OSError:
        return False


def _wait_for_url(proc: subprocess.Popen, url: str, log_path: Path, what: str) -> None:
    wait_until(lambda: answers(url), proc, log_path, what)


@pytest.fixture(scope="session")
def run_server(tmp_path_factory):
    """`pyclient run examples/NAME/app.py` once per session (site + server callbacks on one
    origin); returns its base URL."""
    logs = tmp_path_factory.mktemp("run-logs")
    servers: dict[str, tuple[subprocess.Popen, str]] = {}

    def start(name: str, *extra: str) -> str:
        key = " ".join((name, *extra))
        if key in servers:
            return servers[key][1]
        port = free_port()
        log_path = logs / f"{name}-{port}.log"
        with open(log_path, "w") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "pyclient", "run", str(app_file(name)),
                 "--port", str(port), *extra],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            )
        url = f"http://127.0.0.1:{port}"
        servers[key] = (proc, url)
        _wait_for_url(proc, url + "/", log_path, f"pyclient run for {name}")
        return url

    yield start
    for proc, _ in servers.values():
        proc.terminate()
    for proc, _ in servers.values():
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


# ---------------------------------------------------------------- oracle mode: real Dash


@pytest.fixture(scope="session")
def oracle_server(tmp_path_factory):
    """Start real Dash on an example once per session; return its base URL."""
    logs = tmp_path_factory.mktemp("oracle-logs")
    servers: dict[str, tuple[subprocess.Popen, str, Path]] = {}

    def start(name: str) -> str:
        if name in servers:
            return servers[name][1]
        port = free_port()
        log_path = logs / f"{name}.log"
        requirements = EXAMPLES / name / "requirements.txt"
        if requirements.exists() and (ORACLE_VENV / "bin" / "pip").exists():
            # Component libraries the example uses (dash-bootstrap-components, ...).
            subprocess.run([str(ORACLE_VENV / "bin" / "pip"), "install", "-q", "-r",
                            str(requirements)], check=True, capture_output=True)
        with open(log_path, "w") as log:
            proc = subprocess.Popen(
                [str(ORACLE_TOOL), str(EXAMPLES / name / "app.py"), str(port)],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        url = f"http://127.0.0.1:{port}"
        servers[name] = (proc, url, log_path)
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"Dash oracle for {name} exited:\n{log_path.read_text()}",
                            pytrace=False)
            try:
                with urllib.request.urlopen(url + "/", timeout=2):
                    return url
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"Dash oracle for {name} never answered:\n{log_path.read_text()}",
                                pytrace=False)
                time.sleep(0.1)

    yield start
    for proc, _, _ in servers.values():
        proc.terminate()
    for proc, _, _ in servers.values():
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


_WILDCARDS = {"MATCH", "ALL", "ALLSMALLER"}
_ANY = object()  # an id the source does not spell out as a literal: matches any id


def _dependency_id(node):
    """The component id of an Output/Input/State call node: a str, a dict whose wildcard values
    are the wildcard's name, or _ANY."""
    arg = node.args[0] if node.args else next(
        (k.value for k in node.keywords if k.arg == "component_id"), None)
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.Dict) and all(isinstance(k, ast.Constant) for k in arg.keys):
        out = {}
        for key, value in zip(arg.keys, arg.values):
            if isinstance(value, ast.Constant):
                out[key.value] = value.value
            elif getattr(value, "id", getattr(value, "attr", None)) in _WILDCARDS:
                out[key.value] = _ANY
            else:
                return _ANY
        return out
    return _ANY


def _dependencies(decorator, kind: str) -> list:
    """[(id, prop), ...] of one kind (Output/Input/State), in order, from a decorator's
    positional arguments and its output=/inputs=/state= keywords (never running=/progress=)."""
    found = []

    def visit(node):
        if isinstance(node, (ast.List, ast.Tuple)):
            for elt in node.elts:
                visit(elt)
        elif isinstance(node, ast.Call) and getattr(node.func, "id",
                                                      getattr(node.func, "attr", None)) == kind:
            prop = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "component_property"), None)
            prop = prop.value if isinstance(prop, ast.Constant) else _ANY
            found.append((_dependency_id(node), prop))

    for arg in decorator.args:
        visit(arg)
    for keyword in decorator.keywords:
        if keyword.arg in ("output", "inputs", "state"):
            visit(keyword.value)
    return found


def _callback_specs(app_file: Path) -> list[tuple[str, list, list]]:
    """(function name, outputs, inputs) of each @callback / @app.callback in the source, so
    oracle mode can name the callbacks behind Dash's _dash-update-component requests."""
    specs = []
    for node in ast.walk(ast.parse(app_file.read_text())):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for decorator in node.decorator_list:
            if not isinstance(decorator, ast.Call):
                continue
            func = decorator.func
            if getattr(func, "id", getattr(func, "attr", None)) != "callback":
                continue
            specs.append((node.name, _dependencies(decorator, "Output"),
                          _dependencies(decorator, "Input")))
    return specs


def _callback_outputs(app_file: Path) -> dict[frozenset, str]:
    """Map each callback's set of "id.prop" outputs (string ids) to its function name."""
    return {frozenset(f"{i}.{p}" for i, p in outputs if isinstance(i, str)): name
            for name, outputs, _ in _callback_specs(app_file)}


def _id_matches(pattern, value) -> bool:
    if pattern is _ANY:
        return True
    if isinstance(pattern, str) or not isinstance(value, dict):
        return pattern == value
    return set(pattern) == set(value) and all(
        p is _ANY or p == value[k] for k, p in pattern.items())


def _deps_match(spec: list, sent: list) -> bool:
    """Does a request's outputs/inputs list (items are {id, property} or, for ALL/ALLSMALLER,
    lists of them) fit a callback's declared dependencies?"""
    if len(spec) != len(sent):
        return False
    for (pattern, prop), item in zip(spec, sent):
        for one in item if isinstance(item, list) else [item]:
            if prop is not _ANY and one["property"].split("@")[0] != prop:
                return False
            if not _id_matches(pattern, one["id"]):
                return False
    return True


def _request_callback(specs: list, body: dict) -> str:
    """The function name behind one _dash-update-component request body."""
    outputs = body.get("outputs", [])  # a callback with no outputs sends none
    if isinstance(outputs, dict):
        outputs = [outputs]
    inputs = body.get("inputs", [])
    named = [name for name, outs, ins in specs if _deps_match(outs, outputs)]
    if len(named) > 1:  # allow_duplicate outputs, or several callbacks with no outputs
        named = [name for name, outs, ins in specs
                 if _deps_match(outs, outputs) and _deps_match(ins, inputs)] or named
    if named:
        return named[0]
    flat = [o for item in outputs for o in (item if isinstance(item, list) else [item])]
    return "+".join(sorted(f"{o['id']}.{o['property'].split('@')[0]}" for o in flat))


# ---------------------------------------------------------------- the page under test


class AppPage:
    """A Playwright page on one example (attributes not defined here go to the page), plus the
    helpers that differ between pyclient and real Dash."""

    def __init__(self, page, name: str, oracle: bool):
        self.page = page
        self.name = name
        self.oracle = oracle
        self.console: list[str] = []  # what the page logged, "type: text"
        self._specs = _callback_specs(EXAMPLES / name / "app.py") if oracle else []

    def __getattr__(self, attr):
        return getattr(self.page, attr)

    def wait_ready(self) -> None:
        """Wait for the initial callbacks to be applied, then for everything to settle."""
        if self.oracle:
            self.page.wait_for_function(
                "window.store && window.store.getState().appLifecycle === 'HYDRATED'")
        else:
            wait_for(self.page, "ready", TIMEOUT_MS)
        self.settle()

    def settle(self) -> None:
        """Wait until no callback is pending or running."""
        if self.oracle:
            self.page.evaluate(ORACLE_SETTLE_SCRIPT, [200, TIMEOUT_MS])
        else:
            wait_for(self.page, "idle", TIMEOUT_MS)

    def calls(self) -> collections.Counter:
        """How many times each callback (by function name) ran since the page loaded."""
        if not self.oracle:
            return collections.Counter(self.page.evaluate("window.pyclient.calls()") or {})
        counts: collections.Counter = collections.Counter()
        for body in self.page.evaluate("window.__oracle.requests"):
            counts[_request_callback(self._specs, json.loads(body))] += 1
        return counts

    def settle_until(self, check, what: str) -> None:
        """Settle until `check()` holds: for changes a component makes after reading something
        in the background (an uploaded file), which no click can wait for."""
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while not check():
            if time.monotonic() > deadline:
                raise AssertionError(f"still waiting for {what}")
            self.page.wait_for_timeout(50)
            self.settle()

    def ran(self) -> dict[str, int]:
        """calls() without the callbacks that never ran (pyclient lists every callback)."""
        return {name: count for name, count in self.calls().items() if count}

    # Dash 4.4.1's slider is a Radix slider whose thumb has role=slider; a person moves it with
    # the arrow keys.
    def _slider_handle(self, slider_id: str):
        return self.page.locator(f"#{slider_id} [role=slider]").first

    def slider_value(self, slider_id: str) -> float:
        return float(self._slider_handle(slider_id).get_attribute("aria-valuenow"))

    def move_slider(self, slider_id: str, steps: int) -> None:
        """Press ArrowRight (steps > 0) or ArrowLeft on the focused handle, settling after each."""
        handle = self._slider_handle(slider_id)
        handle.focus()
        for _ in range(abs(steps)):
            handle.press("ArrowRight" if steps > 0 else "ArrowLeft")
            self.settle()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # app_page drops the pages a failed test shared, so that the next test starts afresh.
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        item.failed_call = True


@pytest.fixture(scope="module")
def _shared_pages():
    """The pages the tests of one module share, by example (app_page(name, share=True))."""
    shared: dict[str, tuple[AppPage, object]] = {}
    yield shared
    for app, context in shared.values():
        (context or app.page).close()


def origin_of(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture
def app_page(request, oracle, _shared_pages):
    """Factory: app_page("prevent_update") -> AppPage opened on that example and settled.
    With wait=False it returns right after navigation starts (to act before Python is ready).
    Pages open in the session's profile (app_profile); on real Dash, each in a new context.

    share=True: the page an earlier test of this module opened on the same example with
    share=True, settled, instead of a new one (a boot costs more than most tests). Tests that
    share a page touch their own parts of it, or only read it: each passes alone and after the
    ones before it in the file, counts only calls its own steps caused, and neither stores data
    in the browser (the origin's storage is cleared after each test) nor reads the console."""
    contexts, origins = [], set()
    profile = None if oracle else request.getfixturevalue("app_profile")
    keeper = profile.pages[0] if profile and profile.pages else None

    def open_app(name: str, *, wait: bool = True, share: bool = False) -> AppPage:
        if share and name in _shared_pages:
            app = _shared_pages[name][0]
            app.settle()
            return app
        if oracle:
            url = request.getfixturevalue("oracle_server")(name) + "/"
        elif needs_server(name):
            url = request.getfixturevalue("run_server")(name) + "/"
        else:
            request.getfixturevalue("built_site")(name)
            url = f"{request.getfixturevalue('static_server')}/{name}/"
        context = None
        if oracle:
            context = request.getfixturevalue("browser").new_context()
            context.set_default_timeout(TIMEOUT_MS)
            context.add_init_script(ORACLE_INIT_SCRIPT)
            page = context.new_page()
        else:
            origins.add(origin_of(url))
            page = profile.new_page()
        # Shown with a failing test's captured output: what the page itself complained about.
        app = AppPage(page, name, oracle)
        page.on("console", lambda msg: app.console.append(f"{msg.type}: {msg.text}"))
        page.on("console",
                lambda msg: msg.type == "error" and print(f"[{name} console] {msg.text}"))
        page.on("pageerror", lambda exc: print(f"[{name} page error] {exc}"))
        if share:
            _shared_pages[name] = (app, context)
        elif context is not None:
            contexts.append(context)
        if wait:
            page.goto(url)
            app.wait_ready()
        else:
            page.goto(url, wait_until="commit")
        return app

    yield open_app
    if getattr(request.node, "failed_call", False):
        for app, context in _shared_pages.values():
            (context or app.page).close()
        _shared_pages.clear()
    for context in contexts:
        context.close()
    if profile is not None:
        kept = {app.page for app, _ in _shared_pages.values()}
        for page in profile.pages:
            if page is not keeper and page not in kept:
                page.close()
        if origins:
            forget_storage(keeper or profile.new_page(), origins)


class ByIdPage(BrowserApp):
    """An AppPage driven by component id with the verbs of pyclient.testing's BrowserApp
    (click, fill, submit, text, value, exists), each settled the way AppPage settles, on
    pyclient or on real Dash: dash_app's tests in a browser."""

    def __init__(self, app: AppPage):  # app_page has opened the page and settled it
        self.app, self.page, self.console = app, app.page, app.console

    def _wait(self, what: str) -> None:
        self.app.settle()

    def calls(self) -> collections.Counter:
        """How many times each callback ran (those that never ran are left out)."""
        return collections.Counter(self.app.ran())


@pytest.fixture
def dash_app(request, oracle):
    """Factory: dash_app("prevent_update") -> the example driven by component id (ByIdPage's
    verbs). For tests of callback semantics: by default they run through the scheduler in plain
    CPython (pyclient.testing.headless, the same core the page's worker runs), in well under a
    second; with --in-browser in Chromium on a pyclient build, with --oracle on real Dash 4.4.1.
    A test that needs what only a page has (the DOM's structure, clientside callbacks, props a
    component sets by itself) uses app_page instead."""
    opened: list[HeadlessApp] = []

    def open_app(name: str):
        if oracle or request.config.getoption("--in-browser"):
            return ByIdPage(request.getfixturevalue("app_page")(name))
        app = HeadlessApp(app_file(name))
        opened.append(app)
        return app

    yield open_app
    for app in opened:
        app.close()


@pytest.fixture
def profile_page(app_profile):
    """Factory: a new page in the session's profile (app_profile), for tests that open, route
    or hold a page's requests themselves: a page starts there with less CPU than in a new
    context. After the test its pages close and every origin they reached is forgotten, as if
    the page had had a context of its own."""
    pages, origins = [], set()

    def note(url: str) -> None:
        if url.startswith(("http:", "https:")):  # not data: or blob:
            origins.add(origin_of(url))

    def new_page():
        page = app_profile.new_page()
        page.on("request", lambda request: note(request.url))
        pages.append(page)
        return page

    yield new_page
    for page in pages:
        page.close()
    if pages:
        forget_storage(app_profile.pages[0] if app_profile.pages else app_profile.new_page(),
                       origins)


@pytest.fixture(scope="session", autouse=True)
def _expect_timeout():
    # Updates land after settle() at most a render later; keep the margin modest.
    expect.set_options(timeout=10_000)


@pytest.fixture
def site_copy(site_root, built_site):
    """Copy a built example next to the others (so the same server serves it) for tests that
    damage the copy; returns (name of the copy, its folder)."""
    made = []

    def copy(name: str, suffix: str) -> tuple[str, Path]:
        src = built_site(name)
        copy_name = f"{name}-{suffix}"
        dst = site_root / copy_name
        if dst.exists():
            shutil.rmtree(dst)
        shutil.copytree(src, dst, symlinks=True)
        made.append(dst)
        return copy_name, dst

    yield copy
    for path in made:
        shutil.rmtree(path, ignore_errors=True)

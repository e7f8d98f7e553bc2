"""Server figures, pyclient vs real Dash 4.4.1, measured in the same run.

Run: .venv/bin/python bench/server.py [--requests 400] [--changes 5] [--no-browser]
1. Load: requests/s and p50/p99 latency of examples/pandas_gapminder's `update_graph` (pandas
   + plotly.express), POSTed with the exact body each browser runtime sends for it: pyclient's
   server under uvicorn (1 and 4 workers) against Dash's dev server (Flask, threaded) and Dash
   under gunicorn (1 and 4 sync workers). 8 connections, 20 warm-up requests per worker (each
   worker's first plotly.express call is slow), then N requests, <= 60 s each.
2. click -> DOM for examples/server_chain (browser `double` -> server `square` -> browser
   `label`): from the input event to "Square is N" in #label, timed inside the page with a
   MutationObserver, median of 5 changes; `pyclient run` against dash-oracle.
Real Dash runs from /tmp/dash-oracle-venv (made by ../shared/tools/dash-oracle; needs pandas and
gunicorn there). The load generator shares the 2 cores with the servers, so treat the
absolute numbers as this machine's, and the ratios as the result.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pyclient.testing.browser import CHROMIUM_ARGS as ARGS  # noqa: E402  the tests' flags

GAPMINDER = ROOT / "examples" / "pandas_gapminder" / "app.py"
CHAIN = ROOT / "examples" / "server_chain" / "app.py"
ORACLE = ROOT.parent / "shared" / "tools" / "dash-oracle"
ORACLE_VENV = Path(os.environ.get("DASH_ORACLE_VENV", "/tmp/dash-oracle-venv"))
CONNECTIONS, WARMUP, CAP_S = 8, 20, 60.0

# What Dash 4.4.1's renderer POSTs for update_graph's initial call (seen in Chromium).
DASH_BODY = {
    "output": "..graph.figure...summary.children...latest.data..",
    "outputs": [{"id": "graph", "property": "figure"}, {"id": "summary", "property": "children"},
                {"id": "latest", "property": "data"}],
    "inputs": [{"id": "country", "property": "value", "value": "Canada"},
               {"id": "measure", "property": "value", "value": "lifeExp"},
               {"id": "options", "property": "value", "value": []}],
    "changedPropIds": [], "parsedChangedPropsIds": [],
}
# gunicorn needs `module:server`; the example defines only `app`.
WSGI_WRAPPER = ('import runpy, sys\nsys.path.insert(0, ".")\n'
                'server = runpy.run_path("app.py", run_name="gapminder_app")["app"].server\n')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def group_cpu(pgid: int) -> float:
    """CPU seconds used so far by every process in a process group (a server and its workers)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


@contextmanager
def server(cmd: list[str], port: int, cwd: Path = ROOT, env: dict | None = None):
    """Start a server in its own process group, wait (<= 5 min) until it answers and its workers
    have finished importing (CPU quiet), yield; always stop the whole group."""
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})}, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + 300
            while True:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"{cmd} did not start:\n{log.read().decode()[-3000:]}")
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
                    break
                except urllib.error.HTTPError:  # pyclient's bare server has no "/": it is up
                    break
                except OSError:
                    time.sleep(0.2)
            # Extra workers may still be importing pandas after the first one answers.
            before, quiet_deadline = group_cpu(proc.pid), time.monotonic() + 30
            while time.monotonic() < quiet_deadline:
                time.sleep(0.5)
                now = group_cpu(proc.pid)
                if now - before < 0.05:
                    break
                before = now
            yield proc
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()


def pyclient_body() -> dict:
    """The body pyclient's browser runtime sends for update_graph's initial call, computed by
    the real scheduler from the app's spec (as tests/unit/test_server.py's body_of does)."""
    from pyclient import callbacks
    from pyclient.jsonify import to_json_value
    from pyclient.remote_call import info_message
    from pyclient.scheduler import Scheduler
    from pyclient.server import CallbackServer

    callbacks.GLOBAL_CALLBACKS.clear()
    spec = CallbackServer(GAPMINDER)
    app = sys.modules[GAPMINDER.stem].app  # load_app registers the module under the file's stem
    scheduler = Scheduler(spec.entries, to_json_value(app.resolved_layout(), "layout"))
    scheduler.start()
    call = next(c for c in scheduler.next_calls() if c.name == "update_graph")
    assert call.node.entry["server"], "update_graph should run on the server"
    return {"index": call.node.index, "name": call.name, "args": call.args,
            "kwargs": call.kwargs, "info": info_message(call.info)}


def pyclient_ok(data: dict) -> bool:
    return data["status"] == "ok" and bool(data["value"][0]["data"])


def dash_ok(data: dict) -> bool:
    return bool(data["response"]["graph"]["figure"]["data"])


def fire(port: int, path: str, body: bytes, ok, count: int, cap_s: float) -> dict:
    """POST `count` requests over CONNECTIONS keep-alive connections (reopened when the server
    closes them, as gunicorn's sync workers do); every answer must be 200 and pass `ok`."""
    tickets, lock = iter(range(count)), threading.Lock()
    latencies, errors = [], []
    deadline = time.monotonic() + cap_s

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            while True:
                with lock:
                    if next(tickets, None) is None or time.monotonic() > deadline:
                        return
                t0 = time.perf_counter()
                try:
                    conn.request("POST", path, body, {"Content-Type": "application/json"})
                    response = conn.getresponse()
                    data = response.read()
                    elapsed = time.perf_counter() - t0
                    if response.status != 200 or not ok(json.loads(data)):
                        raise RuntimeError(f"HTTP {response.status}: {data[:200]!r}")
                    with lock:
                        latencies.append(elapsed)
                except Exception as exc:  # noqa: BLE001 - counted and shown, never hidden
                    conn.close()
                    with lock:
                        errors.append(repr(exc))
        finally:
            conn.close()

    t0 = time.perf_counter()
    with ThreadPoolExecutor(CONNECTIONS) as pool:
        for _ in range(CONNECTIONS):
            pool.submit(worker)
    wall = time.perf_counter() - t0
    ms = sorted(1000 * t for t in latencies) or [float("nan")]
    return {"ok": len(latencies), "errors": errors, "rps": len(latencies) / wall,
            "p50": statistics.median(ms), "p99": ms[-(len(ms) // 100) - 1]}


def load_run(requests: int, wsgi_dir: Path) -> None:
    uvicorn = [sys.executable, "-m", "uvicorn", "--factory", "pyclient.server:app_from_env",
               "--log-level", "warning"]
    gunicorn = str(ORACLE_VENV / "bin" / "gunicorn")
    ours, dash = json.dumps(pyclient_body()).encode(), json.dumps(DASH_BODY).encode()
    configs = []  # (label, workers, command(port), cwd, env, path, body, check)
    for n in (1, 4):
        configs.append((f"pyclient uvicorn {n}w", n,
                        lambda p, n=n: [*uvicorn, "--port", str(p), "--workers", str(n)], ROOT,
                        {"PYCLIENT_APP": str(GAPMINDER)}, "/_pyclient/callback", ours, pyclient_ok))
    configs.append(("Dash dev server", 0, lambda p: [str(ORACLE), str(GAPMINDER), str(p)], ROOT,
                    None, "/_dash-update-component", dash, dash_ok))
    for n in (1, 4):
        configs.append((f"Dash gunicorn {n}w", n,
                        lambda p, n=n: [gunicorn, "-w", str(n), "-b", f"127.0.0.1:{p}",
                                        "--pythonpath", str(wsgi_dir), "bench_dash_wsgi:server"],
                        GAPMINDER.parent,
                        None, "/_dash-update-component", dash, dash_ok))
    results = {}
    print(f"load: update_graph, {requests} requests, {CONNECTIONS} connections, "
          f"{WARMUP} warm-up/worker, cap {CAP_S:.0f} s", flush=True)
    print(f"{'config':<20} {'ok':>5} {'errors':>6} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8}")
    for label, workers, command, cwd, env, path, body, check in configs:
        port = free_port()
        with server(command(port), port, cwd=cwd, env=env):
            fire(port, path, body, check, WARMUP * max(workers, 1), CAP_S)
            r = results[label] = fire(port, path, body, check, requests, CAP_S)
        print(f"{label:<20} {r['ok']:>5} {len(r['errors']):>6} {r['rps']:>7.1f} {r['p50']:>8.1f} "
              f"{r['p99']:>8.1f}", flush=True)
        if r["errors"]:
            print(f"    first error: {r['errors'][0][:300]}")
    for n in (1, 4):
        a, b = results[f"pyclient uvicorn {n}w"], results[f"Dash gunicorn {n}w"]
        print(f"ratio {n}w (pyclient / Dash gunicorn): req/s {a['rps'] / b['rps']:.2f}x   "
              f"p50 {a['p50'] / b['p50']:.2f}x   p99 {a['p99'] / b['p99']:.2f}x")


# Starts timing at the next input event and resolves when #label holds `expected`.
ARM_JS = """(expected) => { window.__bench = new Promise((resolve, reject) => {
  let t0 = null;
  const onInput = () => { if (t0 === null) t0 = performance.now(); };
  document.addEventListener("input", onInput, {capture: true});
  const observer = new MutationObserver(() => {
    const label = document.getElementById("label");
    if (t0 !== null && label && label.textContent === expected) {
      observer.disconnect(); document.removeEventListener("input", onInput, {capture: true});
      resolve(performance.now() - t0);
    }
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  setTimeout(() => reject(new Error("#label never showed " + expected)), 30000);
}); }"""
# Dash is idle when its store holds no pending callback for 10 polls in a row.
DASH_SETTLE_JS = """() => new Promise((resolve, reject) => {
  const start = performance.now(); let quiet = 0;
  const poll = () => {
    const lists = Object.assign({}, window.store.getState().callbacks);
    delete lists.stored; delete lists.completed;
    quiet = Object.values(lists).some((l) => l && l.length) ? 0 : quiet + 1;
    if (quiet >= 10) resolve(true);
    else if (performance.now() - start > 30000) reject(new Error("Dash still busy"));
    else setTimeout(poll, 20);
  };
  poll();
})"""
PYCLIENT_IDLE_JS = """(what) => Promise.race([
  what === "ready" ? window.pyclient.ready : window.pyclient.idle(),
  new Promise((_, no) => setTimeout(() => no(new Error("pyclient not " + what)), 90000))])"""


def click_times(browser, url: str, pyclient: bool, changes: int) -> list[float]:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_default_timeout(120_000)
        page.goto(url)
        if pyclient:
            page.wait_for_function("window.pyclient && window.pyclient.ready")
            page.evaluate(PYCLIENT_IDLE_JS, "ready")
        page.wait_for_function("document.querySelector('#label')?.textContent === 'Square is 36'")
        settle = (lambda: page.evaluate(PYCLIENT_IDLE_JS, "idle")) if pyclient else (
            lambda: page.evaluate(DASH_SETTLE_JS))
        settle()
        times = []
        for value in range(4, 4 + changes):
            page.evaluate(ARM_JS, f"Square is {(2 * value) ** 2}")
            page.fill("#num", str(value))
            times.append(page.evaluate("window.__bench"))
            settle()
        return times
    finally:
        context.close()


def click_run(changes: int) -> None:
    from playwright.sync_api import sync_playwright

    print(f"\nclick -> DOM: server_chain, #num -> double (browser) -> square (server) -> label "
          f"(browser), median of {changes}", flush=True)
    medians = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        try:
            runs = [("pyclient", [sys.executable, "-m", "pyclient", "run", str(CHAIN), "--port"],
                     True), ("Dash", [str(ORACLE), str(CHAIN)], False)]
            for label, cmd, is_pyclient in runs:
                port = free_port()
                with server([*cmd, str(port)], port):
                    times = click_times(browser, f"http://127.0.0.1:{port}/", is_pyclient, changes)
                medians[label] = statistics.median(times)
                shown = " ".join(f"{t:.1f}" for t in times)
                print(f"{label:>9}: click->DOM {medians[label]:6.1f} ms   (runs: {shown})",
                      flush=True)
        finally:
            browser.close()
    print(f"    ratio: click->DOM {medians['pyclient'] / medians['Dash']:.2f}x Dash")


def ensure_oracle_venv() -> None:
    """Real Dash's virtualenv (the one dash-oracle uses), with pandas and gunicorn for this run."""
    python = ORACLE_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ORACLE_VENV)], check=True)
    probe = subprocess.run([str(python), "-c", "import dash, diskcache, pandas, gunicorn"],
                           capture_output=True, check=False)
    if probe.returncode != 0:
        subprocess.run([str(python), "-m", "pip", "install", "-q",
                        "dash[async,diskcache]==4.4.1", "pandas", "gunicorn"], check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--changes", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    ensure_oracle_venv()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pyclient-bench-") as wsgi_dir:
        (Path(wsgi_dir) / "bench_dash_wsgi.py").write_text(WSGI_WRAPPER)
        load_run(args.requests, Path(wsgi_dir))
    if not args.no_browser:
        click_run(args.changes)
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()

"""Page open -> app answers, and click -> DOM: pyclient against real Dash 4.4.1, same app files,
same Chromium, same run. Prints one table and writes bench/RESULTS.md.

Run: .venv/bin/python bench/boot.py [--runs N] [--clicks N] [--sizes 100,1000,4000]
Everything is measured inside the page:
- ready: from navigation start until the initial callbacks' text is in the DOM (a check run on
  every DOM change, installed before the page loads); cold = a new browser context (empty
  caches), second visit = the same context again (HTTP cache; pyclient's service worker);
- first contentful paint (Paint Timing API);
- click -> DOM: from `element.click()` until a MutationObserver sees the output's new text;
- bytes on the wire: every response of the page and its workers until ready, headers and body
  as Chromium reports them (compressed where the server compressed), and their count.
pyclient is served by `pyclient serve` (the build's .br/.gz copies); Dash by its own server
(Flask, which compresses nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from oracle import ARGS, start_oracle
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "apps"))
import generated  # noqa: E402

from pyclient.serve import serve_in_thread  # noqa: E402

CHAIN_APP = ROOT / "bench" / "apps" / "chain_app.py"
CHAIN_READY = ("document.getElementById('one-out')?.textContent === 'clicks: 0' && "
               "document.getElementById('link-10')?.textContent === 'link 10: 0'")
SEEDS = {  # seed examples and the text that says their initial callbacks are done
    "initial_call_chain": "document.getElementById('first_output_1')?.textContent === 'n_clicks is None'",
    "callback_context_buttons": "!!document.querySelector('#container pre')",
    "flexible_signatures": "document.getElementById('old-1')?.textContent === 'one/two'",
}
# Installed before any page script: records when `window.__readyCheck()` first holds.
READY_WATCH = """(() => {
  const check = () => {
    if (window.__readyAt === undefined && window.__readyCheck && window.__readyCheck()) {
      window.__readyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {childList: true, subtree: true, characterData: true, attributes: true});
  const poll = () => { check(); if (window.__readyAt === undefined) setTimeout(poll, 20); };
  poll();
})();"""
# The targets of the boot issue (localhost, idle machine); None: no target, shown for context.
TARGETS = {
    "ready cold (ms)": 1500, "ready, second visit (ms)": 800, "first contentful paint (ms)": 200,
    "click -> DOM, one callback, p50 (ms)": 2, "click -> DOM, one callback, p95 (ms)": 5,
    "click -> DOM, 10-callback chain, p50 (ms)": 5, "bytes on the wire, cold (MB)": 6,
}
NOTES_MARK = "<!-- Notes below this line are written by hand; bench/boot.py keeps them. -->"
CLICK_TO_DOM = """([clickId, targetId, expected]) => new Promise((resolve) => {
  const target = document.getElementById(targetId);
  const observer = new MutationObserver(() => {
    if (target.textContent === expected) { observer.disconnect(); resolve(performance.now() - t0); }
  });
  observer.observe(target, {childList: true, subtree: true, characterData: true});
  const t0 = performance.now();
  document.getElementById(clickId).click();
})"""


def _build(app: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "pyclient", "build", str(app), "--out", str(out)],
                   check=True, capture_output=True)


def _visit(context, url: str, ready_js: str, timeout_s: float) -> dict:
    """One page load in `context`; returns ready ms, FCP ms, bytes and requests until ready."""
    context.add_init_script(f"window.__readyCheck = () => {ready_js};")
    page = context.new_page()
    sizes: list[int] = []

    def count(request) -> None:
        try:
            measured = request.sizes()
        except Exception:  # noqa: BLE001 - the page closed first (the service worker's downloads)
            return
        sizes.append(max(0, measured["responseBodySize"]) + measured["responseHeadersSize"])

    page.on("requestfinished", count)
    page.goto(url)
    page.wait_for_function("window.__readyAt !== undefined", timeout=timeout_s * 1000, polling=100)
    page.wait_for_timeout(300)  # the last responses reach the count
    seen = page.evaluate("""() => ({ready: window.__readyAt,
        fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime})""")
    return {"page": page, "ready": seen["ready"], "fcp": seen["fcp"], "bytes": sum(sizes),
            "requests": len(sizes)}


def measure_chain_app(browser, url: str, runs: int, clicks: int, ours: bool) -> dict[str, float]:
    cold, warm, fcp, wire, requests, warm_wire = [], [], [], [], [], []
    one, chain = [], []
    for run in range(runs):
        context = browser.new_context()
        context.add_init_script(READY_WATCH)
        first = _visit(context, url, CHAIN_READY, 120)
        cold.append(first["ready"])
        fcp.append(first["fcp"])
        wire.append(first["bytes"])
        requests.append(first["requests"])
        if ours:  # the service worker has the build once it controls the page
            first["page"].wait_for_function("navigator.serviceWorker.controller !== null",
                                            timeout=120_000)
        if run == 0:
            page = first["page"]
            for i in range(1, clicks + 1):
                one.append(page.evaluate(CLICK_TO_DOM, ["one", "one-out", f"clicks: {i}"]))
                chain.append(page.evaluate(CLICK_TO_DOM, ["chain", "link-10", f"link 10: {i}"]))
        first["page"].close()
        second = _visit(context, url, CHAIN_READY, 120)
        warm.append(second["ready"])
        warm_wire.append(second["bytes"])
        context.close()
    one.sort()
    return {
        "ready cold (ms)": statistics.median(cold),
        "ready, second visit (ms)": statistics.median(warm),
        "first contentful paint (ms)": statistics.median(fcp),
        "click -> DOM, one callback, p50 (ms)": statistics.median(one),
        "click -> DOM, one callback, p95 (ms)": one[int(0.95 * (len(one) - 1))],
        "click -> DOM, 10-callback chain, p50 (ms)": statistics.median(chain),
        "bytes on the wire, cold (MB)": statistics.median(wire) / 1e6,
        "requests, cold": statistics.median(requests),
        "bytes on the wire, second visit (MB)": statistics.median(warm_wire) / 1e6,
    }


def measure_ready(browser, url: str, ready_js: str, runs: int, timeout_s: float) -> float | None:
    """Median cold ready in ms, or None when it did not happen within timeout_s."""
    times = []
    for _ in range(runs):
        context = browser.new_context()
        context.add_init_script(READY_WATCH)
        try:
            times.append(_visit(context, url, ready_js, timeout_s)["ready"])
        except Exception:  # noqa: BLE001 - a timeout is the figure
            return None
        finally:
            context.close()
    return statistics.median(times)


def generated_ready(callbacks: int) -> str:
    last = callbacks // 4 - 1
    return (f"document.getElementById('c{last}-l4')?.textContent === 'done {last}' && "
            f"document.getElementById('c0-l4')?.textContent === 'done 0'")


def _serve(app: Path, work: Path):
    site = work / app.parent.name / app.stem
    _build(app, site)
    server = serve_in_thread(site)
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def _fmt(value: float | None, unit_ms: bool = True) -> str:
    if value is None:
        return "—"
    if unit_ms and value >= 10_000:
        return f"{value / 1000:.1f} s"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clicks", type=int, default=40)
    parser.add_argument("--sizes", default="100,1000,4000")
    parser.add_argument("--dash-timeout", type=float, default=120.0,
                        help="seconds before a Dash load counts as 'more than'")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    work = Path(tempfile.mkdtemp(prefix="pyclient-bench-"))
    rows: list[tuple[str, float | None, float | None, str]] = []
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        version = browser.version

        def both(app: Path, measure) -> tuple:
            server, url = _serve(app, work)
            oracle, dash_url = start_oracle(app)
            try:
                return measure(url, True), measure(dash_url, False)
            finally:
                oracle.terminate()
                server.shutdown()

        ours, dash = both(CHAIN_APP, lambda url, o: measure_chain_app(
            browser, url, args.runs, args.clicks, o))
        rows += [(name, ours[name], dash[name], "counter + 10-chain app") for name in ours]
        for name, ready_js in SEEDS.items():
            app = ROOT / "examples" / name / "app.py"
            o, d = both(app, lambda url, _o, js=ready_js: measure_ready(
                browser, url, js, args.runs, args.dash_timeout))
            rows.append((f"ready cold, seed example {name} (ms)", o, d, "seed example"))
        for n in sizes:
            app = generated.write(n, work / "apps")
            js = generated_ready(n)
            o, d = both(app, lambda url, ours_, js=js, n=n: measure_ready(
                browser, url, js, 1 if n >= 1000 else min(args.runs, 3),
                300 if ours_ else args.dash_timeout))
            rows.append((f"{n} callbacks in {n // 4} four-link chains: load -> every initial "
                         "call done (ms)", o, d, "generated"))
        browser.close()
    _print_and_write(rows, started, version, args)


def _print_and_write(rows, started: str, chromium: str, args) -> None:
    lines = ["| figure | pyclient | Dash 4.4.1 | pyclient / Dash | target | met |",
             "|---|---:|---:|---:|---:|---|"]
    python_start = next(ours for name, ours, _, _ in rows if name == "ready cold (ms)")
    for name, ours, dash, _ in rows:
        is_ms = "(ms)" in name
        dash_text = _fmt(dash, is_ms) if dash is not None else f"> {args.dash_timeout:.0f} s"
        ratio = f"{ours / dash:.2f}x" if ours and dash else (
            f"< {ours / (args.dash_timeout * 1000):.3f}x" if ours and dash is None and is_ms else "—")
        target = TARGETS.get(name)
        if name.startswith("1000 callbacks") and python_start:
            target = 1500 + python_start  # "1.5 s + Python start"
        met = "" if target is None or ours is None else (
            "yes" if ours <= target else f"no, {ours / target:.1f}x the target")
        target_text = "" if target is None else _fmt(target, is_ms)
        lines.append(f"| {name} | {_fmt(ours, is_ms)} | {dash_text} | {ratio} | {target_text} | {met} |")
    table = "\n".join(lines)
    print(table)
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    pyodide = json.loads((ROOT / "web" / "node_modules" / "pyodide" / "package.json").read_text())["version"]
    load = os.getloadavg()[0]
    text = (f"# Benchmark results\n\nRun {started} with `make bench` (bench/boot.py, "
            f"{args.runs} cold runs, {args.clicks} clicks).\n\n"
            f"Machine: {os.cpu_count()} cores ({cpu}), load average {load:.1f} at the end; "
            f"Chromium {chromium}; Pyodide {pyodide}; Python {platform.python_version()} "
            "(build); Dash 4.4.1 (its own virtualenv, Flask development server).\n\n"
            f"{table}\n")
    results = ROOT / "bench" / "RESULTS.md"
    kept = results.read_text(encoding="utf-8").split(NOTES_MARK, 1) if results.exists() else []
    notes = kept[1] if len(kept) == 2 else "\n"
    results.write_text(f"{text}\n{NOTES_MARK}{notes}", encoding="utf-8")
    print("wrote bench/RESULTS.md")


if __name__ == "__main__":
    main()

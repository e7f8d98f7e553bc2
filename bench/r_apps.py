"""An R app against the same app in Python, both built by pyclient: seed 001's initial-call
example (examples/r_initial_call/app.R) and seed 000's (examples/initial_call_chain/app.py).
Same Chromium, same run, measured inside the page as bench/boot.py does (ready cold and on a
second visit, click -> DOM, bytes on the wire). Writes bench/R_RESULTS.md.

Run: .venv/bin/python bench/r_apps.py [--runs N] [--clicks N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from boot import CLICK_TO_DOM, READY_WATCH, _build, _fmt, _visit
from oracle import ARGS
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pyclient.serve import serve_in_thread  # noqa: E402

APPS = {  # the app, and the text its initial call writes
    "R (webR)": (ROOT / "examples" / "r_initial_call" / "app.R", "n_clicks is "),
    "Python (Pyodide)": (ROOT / "examples" / "initial_call_chain" / "app.py", "n_clicks is None"),
}


def measure(browser, url: str, initial: str, runs: int, clicks: int) -> dict[str, float]:
    ready_js = f"document.getElementById('second_output_1')?.textContent === {initial!r}"
    cold, warm, wire, one = [], [], [], []
    for run in range(runs):
        context = browser.new_context()
        context.add_init_script(READY_WATCH)
        first = _visit(context, url, ready_js, 180)
        cold.append(first["ready"])
        wire.append(first["bytes"])
        first["page"].wait_for_function("navigator.serviceWorker.controller !== null",
                                        timeout=180_000)
        if run == 0:
            page = first["page"]
            page.evaluate("window.pyclient.idle()")
            for i in range(1, clicks + 1):
                one.append(page.evaluate(CLICK_TO_DOM, ["button_1", "second_output_1", f"n_clicks is {i}"]))
        first["page"].close()
        warm.append(_visit(context, url, ready_js, 180)["ready"])
        context.close()
    return {"ready cold (ms)": statistics.median(cold),
            "ready, second visit (ms)": statistics.median(warm),
            "click -> DOM, p50 (ms)": statistics.median(one),
            "bytes on the wire, cold (MB)": statistics.median(wire) / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clicks", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pyclient-bench-r-"))
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    figures = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for label, (app, initial) in APPS.items():
            site = work / app.parent.name
            _build(app, site)
            server = serve_in_thread(site)
            try:
                figures[label] = measure(browser, f"http://127.0.0.1:{server.server_address[1]}/",
                                         initial, args.runs, args.clicks)
            finally:
                server.shutdown()
        browser.close()
    r, py = figures["R (webR)"], figures["Python (Pyodide)"]
    lines = ["| figure | R app | same app in Python | R / Python |", "|---|---:|---:|---:|"]
    for name in r:
        is_ms = "(ms)" in name
        lines.append(f"| {name} | {_fmt(r[name], is_ms)} | {_fmt(py[name], is_ms)} | "
                     f"{r[name] / py[name]:.2f}x |")
    table = "\n".join(lines)
    print(table)
    (ROOT / "bench" / "R_RESULTS.md").write_text(
        f"# R apps: benchmark\n\nRun {started} with `make bench` (bench/r_apps.py, {args.runs} "
        f"cold runs, {args.clicks} clicks): {APPS['R (webR)'][0].relative_to(ROOT)} against "
        f"{APPS['Python (Pyodide)'][0].relative_to(ROOT)}, both built by pyclient and served "
        "with their .br copies.\n\n" + table + "\n", encoding="utf-8")
    print("wrote bench/R_RESULTS.md")


if __name__ == "__main__":
    main()

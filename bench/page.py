"""Page figures for one seed example, pyclient vs real Dash 4.4.1, measured in the same run.

Run: .venv/bin/python bench/page.py [--runs N] [--no-dash]
- goto -> ready: from navigation until the initial callbacks' text is on the page (cold
  context each run: nothing cached);
- click -> DOM: from a click until the callback's new text is on the page.
Real Dash runs through ../shared/tools/dash-oracle (its own virtualenv).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pyclient.serve import serve_in_thread  # noqa: E402

APP = ROOT / "examples" / "initial_call_chain" / "app.py"
ORACLE = ROOT.parent / "shared" / "tools" / "dash-oracle"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_oracle(app: Path) -> tuple[subprocess.Popen, str]:
    """Real Dash serving `app` (through dash-oracle); returns the process and its URL once it
    answers."""
    port = free_port()
    proc = subprocess.Popen([str(ORACLE), str(app), str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    return proc, f"http://127.0.0.1:{port}/"


def measure(browser, url: str, runs: int) -> tuple[list[float], list[float]]:
    loads, clicks = [], []
    for i in range(runs):
        context = browser.new_context()
        page = context.new_page()
        t0 = time.perf_counter()
        page.goto(url)
        page.wait_for_function("document.querySelector('#first_output_1')?.textContent === 'n_clicks is None'", timeout=120000)
        loads.append(time.perf_counter() - t0)
        t1 = time.perf_counter()
        page.click("#button_1")
        page.wait_for_function("document.querySelector('#first_output_1').textContent === 'n_clicks is 1'")
        clicks.append(time.perf_counter() - t1)
        context.close()
    return loads, clicks


def show(name: str, loads: list[float], clicks: list[float]) -> tuple[float, float]:
    load, click = statistics.median(loads), statistics.median(clicks)
    print(f"{name:>9}: goto->ready {load * 1000:7.0f} ms   click->DOM {click * 1000:6.1f} ms   (median of {len(loads)})")
    return load, click


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-dash", action="store_true")
    args = parser.parse_args()
    site = Path(tempfile.mkdtemp(prefix="pyclient-bench-"))
    subprocess.run([sys.executable, "-m", "pyclient", "build", str(APP), "--out", str(site)], check=True, capture_output=True)
    server = serve_in_thread(site)
    oracle = None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        ours = show("pyclient", *measure(browser, f"http://127.0.0.1:{server.server_address[1]}/", args.runs))
        if not args.no_dash and ORACLE.exists():
            oracle, dash_url = start_oracle(APP)
            dash = show("Dash", *measure(browser, dash_url, args.runs))
            print(f"    ratio: goto->ready {ours[0] / dash[0]:.2f}x Dash   click->DOM {ours[1] / dash[1]:.2f}x Dash")
        browser.close()
    if oracle:
        oracle.terminate()
    server.shutdown()


if __name__ == "__main__":
    main()

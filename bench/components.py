"""Component figures, pyclient vs real Dash 4.4.1 in the same run (bench/apps/components_app.py:
a Dropdown and a DataTable, each feeding a callback).

Run: .venv/bin/python bench/components.py [--runs N]
Measured inside the page: first contentful paint (the Paint Timing API: Dash paints its
"Loading..." text first), layout (when the app's own elements are in the DOM, from a
MutationObserver installed before the page loads), ready (the initial callbacks' text on the
page), bytes on the wire until ready (every response of the page and its workers, headers and
body, as Chromium reports them), and click -> DOM with a MutationObserver from the click to the
output's new text, for picking a Dropdown option and for sorting the DataTable.
"""

from __future__ import annotations

import argparse
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
from pyclient.serve import serve_in_thread  # noqa: E402

APP = ROOT / "bench" / "apps" / "components_app.py"
READY = ("document.querySelector('#order')?.textContent.startsWith('order: Oslo') && "
         "document.querySelector('#colour-out')?.textContent === 'colour: red'")
# From a click on `clickSel` until `targetSel`'s text changes, measured in the page.
CLICK_TO_DOM = """([clickSel, targetSel]) => new Promise((resolve) => {
  const target = document.querySelector(targetSel);
  const before = target.textContent;
  const observer = new MutationObserver(() => {
    if (target.textContent !== before) { observer.disconnect(); resolve(performance.now() - t0); }
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  const t0 = performance.now();
  document.querySelector(clickSel).click();
})"""
PAGE_FIGURES = """() => ({
  fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime,
  layout: window.__layoutAt,
})"""
LAYOUT_WATCH = """new MutationObserver((_, observer) => {
  if (document.getElementById('table') && document.getElementById('colour')) {
    window.__layoutAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });"""


def measure(browser, url: str, runs: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {"fcp": [], "layout": [], "ready": [], "kB": [],
                                       "dropdown": [], "sort": []}
    for _ in range(runs):
        context = browser.new_context()
        context.add_init_script(LAYOUT_WATCH)
        page = context.new_page()
        received: list[int] = []
        page.on("requestfinished", lambda request: received.append(
            max(0, request.sizes()["responseBodySize"]) + request.sizes()["responseHeadersSize"]))
        t0 = time.perf_counter()
        page.goto(url)
        page.wait_for_function(READY, timeout=120000)
        figures["ready"].append((time.perf_counter() - t0) * 1000)
        page.wait_for_timeout(300)  # late chunks land in the byte count
        seen = page.evaluate(PAGE_FIGURES)
        figures["fcp"].append(seen["fcp"])
        figures["layout"].append(seen["layout"])
        figures["kB"].append(sum(received) / 1000)
        page.click("#colour")
        page.wait_for_selector("[role=option]")
        figures["dropdown"].append(page.evaluate(
            CLICK_TO_DOM.replace("document.querySelector(clickSel)",
                                 "[...document.querySelectorAll('[role=option]')]"
                                 ".find((o) => o.textContent.trim() === 'blue')"),
            ["", "#colour-out"]))
        figures["sort"].append(page.evaluate(
            CLICK_TO_DOM, ["th[data-dash-column=city] .column-header--sort", "#order"]))
        context.close()
    return figures


def show(name: str, figures: dict[str, list[float]]) -> dict[str, float]:
    medians = {k: statistics.median(v) for k, v in figures.items()}
    print(f"{name:>9}: FCP {medians['fcp']:5.0f} ms  layout {medians['layout']:5.0f} ms  "
          f"ready {medians['ready']:6.0f} ms  "
          f"{medians['kB']:7.0f} kB on the wire  dropdown click->DOM {medians['dropdown']:6.1f} ms  "
          f"DataTable sort click->DOM {medians['sort']:6.1f} ms  (median of {len(figures['fcp'])})")
    return medians


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    site = Path(tempfile.mkdtemp(prefix="pyclient-bench-"))
    subprocess.run([sys.executable, "-m", "pyclient", "build", str(APP), "--out", str(site)],
                   check=True, capture_output=True)
    server = serve_in_thread(site)
    oracle, dash_url = start_oracle(APP)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            ours = show("pyclient", measure(browser, f"http://127.0.0.1:{server.server_address[1]}/", args.runs))
            dash = show("Dash", measure(browser, dash_url, args.runs))
            print("    ratio: " + "  ".join(f"{k} {ours[k] / dash[k]:.2f}x" for k in ours) + " (Dash = 1)")
            browser.close()
    finally:
        oracle.terminate()
        server.shutdown()


if __name__ == "__main__":
    main()

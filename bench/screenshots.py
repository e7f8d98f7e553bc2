"""Screenshots of examples under pyclient and under real Dash 4.4.1, side by side in one PNG per
example (docs/screenshots/NAME.png: pyclient left, Dash right), after the page has settled.

Run: .venv/bin/python bench/screenshots.py [NAME ...]
"""

from __future__ import annotations

import base64
import subprocess
import sys
import tempfile
from pathlib import Path

from oracle import ARGS, start_oracle
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pyclient.serve import serve_in_thread  # noqa: E402

NAMES = ["dcc_input", "dcc_dropdown", "dcc_slider", "dcc_tabs", "dcc_datepicker", "datatable",
         "bootstrap_components", "ag_grid"]
OUT = ROOT / "docs" / "screenshots"
SIDE_BY_SIDE = """([left, right]) => {
  document.body.innerHTML = '';
  document.body.style.margin = '0';
  const row = document.body.appendChild(document.createElement('div'));
  row.style.cssText = 'display:flex;gap:8px;background:#888;padding:8px;width:max-content';
  for (const [label, src] of [['pyclient', left], ['Dash 4.4.1', right]]) {
    const cell = row.appendChild(document.createElement('figure'));
    cell.style.cssText = 'margin:0;background:#fff';
    const caption = cell.appendChild(document.createElement('figcaption'));
    caption.textContent = label;
    caption.style.cssText = 'font:bold 14px sans-serif;padding:4px 8px;background:#eee';
    const img = cell.appendChild(document.createElement('img'));
    img.src = 'data:image/png;base64,' + src;
    img.style.display = 'block';
  }
  return Promise.all([...document.images].map((i) => i.decode()));
}"""


def settle(page) -> None:
    page.wait_for_function("(window.pyclient && document.documentElement.dataset.pyclient === 'ready')"
                           " || (window.store && window.store.getState().appLifecycle === 'HYDRATED')",
                           timeout=120000)
    page.evaluate("window.pyclient ? window.pyclient.idle() : null")
    page.wait_for_timeout(1500)  # lazy chunks, fonts and transitions


def shot(browser, url: str) -> bytes:
    page = browser.new_page(viewport={"width": 640, "height": 480})
    page.goto(url)
    settle(page)
    data = page.screenshot()
    page.close()
    return data


def main() -> None:
    names = sys.argv[1:] or NAMES
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for name in names:
            app = ROOT / "examples" / name / "app.py"
            site = Path(tempfile.mkdtemp(prefix="pyclient-shot-"))
            subprocess.run([sys.executable, "-m", "pyclient", "build", str(app), "--out", str(site)],
                           check=True, capture_output=True)
            server = serve_in_thread(site)
            requirements = app.parent / "requirements.txt"
            if requirements.exists():
                pip = Path("/tmp/dash-oracle-venv/bin/pip")
                subprocess.run([str(pip), "install", "-q", "-r", str(requirements)], check=True)
            oracle, dash_url = start_oracle(app)
            try:
                ours = shot(browser, f"http://127.0.0.1:{server.server_address[1]}/")
                dash = shot(browser, dash_url)
            finally:
                oracle.terminate()
                server.shutdown()
            page = browser.new_page()
            page.evaluate(SIDE_BY_SIDE, [base64.b64encode(ours).decode(), base64.b64encode(dash).decode()])
            OUT.mkdir(parents=True, exist_ok=True)
            page.locator("body > div").screenshot(path=str(OUT / f"{name}.png"))
            page.close()
            print(f"docs/screenshots/{name}.png")
        browser.close()


if __name__ == "__main__":
    main()

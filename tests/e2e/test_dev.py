"""`pyclient dev`: every save rebuilds and the page reloads itself; a broken save shows the error
with its file and line in the page, and the next good save brings the app back."""

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from conftest import free_port, wait_until
from playwright.sync_api import expect

pytestmark = pytest.mark.pyclient_only
ROOT = Path(__file__).resolve().parents[2]
RELOAD_MS = 60_000  # a rebuild (with its snapshot) and a fresh start, on a busy machine

APP = '''from dash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Keep", id="keep"),
    dcc.Store(id="kept", storage_type="local"),
    html.Div(id="kept-out"),
    html.Div("version one", id="greeting"),
])


@app.callback(Output("kept", "data"), Input("keep", "n_clicks"), prevent_initial_call=True)
def keep(n):
    return f"kept {n}"


@app.callback(Output("kept-out", "children"), Input("kept", "data"))
def show(data):
    return data or "nothing kept"
'''


def _up(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2).close()
        return True
    except OSError:
        return False


def test_saves_rebuild_and_reload_and_errors_show_in_the_page(profile_page, tmp_path):
    app_file = tmp_path / "app.py"
    app_file.write_text(APP)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log = tmp_path.parent / f"{tmp_path.name}-dev.log"  # outside the watched folder
    with open(log, "w") as out:
        dev = subprocess.Popen([sys.executable, "-m", "pyclient", "dev", str(app_file),
                                "--port", str(port)], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    page = profile_page()
    try:
        wait_until(lambda: _up(url + "_pyclient/dev.json"), dev, log, "pyclient dev")
        page.goto(url)
        page.wait_for_function("window.pyclient && window.pyclient.ready")
        page.evaluate("window.pyclient.ready")
        expect(page.locator("#kept-out")).to_have_text("nothing kept")
        page.click("#keep")
        expect(page.locator("#kept-out")).to_have_text("kept 1")

        app_file.write_text(APP.replace("version one", "version two"))
        expect(page.locator("#greeting")).to_have_text("version two", timeout=RELOAD_MS)
        expect(page.locator("#kept-out")).to_have_text("kept 1")  # the local Store survived

        app_file.write_text(APP.replace("version one", "version two") + "\ndef broken(:\n")
        error = page.locator("#pyclient-build-error")
        expect(error).to_contain_text("SyntaxError", timeout=RELOAD_MS)
        expect(error).to_contain_text('app.py", line 21')
        expect(error).not_to_contain_text("frozen importlib")

        app_file.write_text(APP.replace("version one", "version three"))
        expect(page.locator("#greeting")).to_have_text("version three", timeout=RELOAD_MS)
        assert dev.poll() is None  # the command lived through the broken save
    finally:
        page.close()
        dev.terminate()
        dev.wait(timeout=30)
    assert not _up(url)  # its server stopped with it

"""What a build publishes (issue "nothing private, nothing surprising"): secrets planted in
several forms never reach the site, only the app's own imported modules and named data ship,
the browser finds the app whatever its name, and a failing build leaves --out as it was."""

import io
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, TIMEOUT_MS
from playwright.sync_api import expect

from pyclient.testing.browser import wait_for

pytestmark = pytest.mark.pyclient_only
CANARY = "CANARY-PRIVATE-4f1e"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def build(app: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyclient", "build", str(app), "--out", str(out),
                           *extra], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          check=False)


def every_file(site: Path):
    """(name, bytes) of every file of the site and of every archive member inside it."""
    def walk(name, data):
        yield name, data
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for member in archive.namelist():
                    yield from walk(f"{name}!{member}", archive.read(member))

    for path in site.rglob("*"):
        if path.is_file() and "pyodide" not in path.parts:
            yield from walk(str(path.relative_to(site)), path.read_bytes())


PUBLIC_APP = '''
import json
from dash import Dash, Input, Output, callback, html
from helpers import greeting

with open("labels.json") as handle:
    LABELS = json.load(handle)

application = Dash(__name__)
application.layout = html.Div([html.Button(LABELS["button"], id="go"), html.Div(id="out")])


@callback(Output("out", "children"), Input("go", "n_clicks"))
def answer(n):
    return greeting(n or 0)
'''


@pytest.fixture
def app_folder(tmp_path):
    folder = tmp_path / "myapp"
    write(folder, "app.py", PUBLIC_APP)
    write(folder, "helpers.py", "def greeting(n):\n    return f'clicked {n} times'\n")
    write(folder, "labels.json", '{"button": "Go"}')
    write(folder, "assets/style.css", "#out { color: green }")
    for secret in ("secrets.toml", ".env", ".streamlit/secrets.toml", "assets/.env.production",
                   "assets/credentials.json", "config/server.key", "config/service.pem",
                   "notes.txt", "private/customers.csv", "scripts/etl.py"):
        write(folder, secret, f"import pandas\nTOKEN = '{CANARY}'\n"
              if secret.endswith(".py") else f"TOKEN={CANARY}\n")
    return folder


def test_nothing_private_is_published(app_folder, tmp_path):
    site = tmp_path / "site"
    result = build(app_folder / "app.py", site)
    assert result.returncode == 0, result.stderr
    leaks = [name for name, data in every_file(site) if CANARY.encode() in data]
    assert leaks == []
    members = zipfile.ZipFile(site / "_pyclient" / "app.zip").namelist()
    assert sorted(m for m in members if m.startswith("_pyclient_app/")) == [
        "_pyclient_app/app.py", "_pyclient_app/assets/style.css", "_pyclient_app/helpers.py",
        "_pyclient_app/labels.json"]
    assert (site / "assets" / "style.css").is_file()
    assert not (site / "assets" / ".env.production").exists()
    # The short manifest says what shipped and what never will.
    assert "ships 4 file(s) of the app" in result.stderr
    assert "never shipped: assets/.env.production, assets/credentials.json, secrets.toml" in (
        result.stderr)


def test_list_include_and_exclude(app_folder, tmp_path):
    result = build(app_folder / "app.py", tmp_path / "site", "--list", "--include", "notes.txt",
                   "--exclude", "assets/*", "--include", "secrets.toml")
    assert result.returncode == 0, result.stderr
    out = result.stderr
    assert re.search(r"  \+ notes.txt  \(\d+ B, --include\)", out)
    assert "  - assets/style.css  (excluded)" in out
    assert "  - scripts/etl.py  (not imported)" in out
    assert "  - private/customers.csv  (not named by browser code)" in out
    assert "  - secrets.toml  (never: looks like a key or a secret (listed with --include))" in out
    members = zipfile.ZipFile(tmp_path / "site" / "_pyclient" / "app.zip").namelist()
    assert "_pyclient_app/notes.txt" in members
    assert "_pyclient_app/secrets.toml" not in members


def test_the_same_files_give_the_same_bundle(app_folder, tmp_path):
    """app.zip holds no file dates: an unchanged app rebuilds to the same bytes (so it finds
    its snapshot in the build's cache, keyed by them); a changed file changes it."""
    def bundle(name: str) -> bytes:
        result = build(app_folder / "app.py", tmp_path / name, "--no-snapshot", "--no-compress",
                       "--no-service-worker")
        assert result.returncode == 0, result.stderr
        return (tmp_path / name / "_pyclient" / "app.zip").read_bytes()

    first = bundle("one")
    for path in app_folder.rglob("*"):
        if path.is_file():
            os.utime(path, (1_000_000_000, 1_000_000_000))  # same bytes, another date
    assert bundle("two") == first
    write(app_folder, "helpers.py", "def greeting(n):\n    return f'pressed {n} times'\n")
    assert bundle("three") != first


def test_a_missing_app_file_is_reported_as_missing(app_folder, tmp_path):
    result = build(app_folder / "nothere.py", tmp_path / "site")
    assert result.returncode == 1
    assert "No app file at" in result.stderr and "nothere.py" in result.stderr
    assert "pandas" not in result.stderr and "Traceback" not in result.stderr


def test_a_failing_build_leaves_out_as_it_was(app_folder, tmp_path):
    site = tmp_path / "site"
    assert build(app_folder / "app.py", site).returncode == 0
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    write(app_folder, "app.py", PUBLIC_APP + "\nraise RuntimeError('broken on purpose')\n")
    result = build(app_folder / "app.py", site)
    assert result.returncode == 1
    assert "broken on purpose" in result.stderr and "was left as it was" in result.stderr
    after = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers


def test_two_apps_in_one_file_is_a_build_error(tmp_path):
    app = write(tmp_path, "app.py", '''
        from dash import Dash, html
        app = Dash(__name__)
        admin = Dash(__name__)
        app.layout = html.Div("x")
    ''')
    result = build(app, tmp_path / "site")
    assert result.returncode == 1
    assert "defines 2 Dash apps (app, admin): keep one" in result.stderr


def test_an_app_not_named_app_runs_in_the_browser(app_folder, site_root, static_server,
                                                   profile_page):
    site = site_root / "named-application"
    shutil.rmtree(site, ignore_errors=True)
    result = build(app_folder / "app.py", site)
    assert result.returncode == 0, result.stderr
    page = profile_page()
    try:
        page.goto(f"{static_server}/named-application/")
        wait_for(page, "ready", TIMEOUT_MS)
        expect(page.locator("#out")).to_have_text("clicked 0 times")
        page.click("#go")
        wait_for(page, "idle", TIMEOUT_MS)
        expect(page.locator("#out")).to_have_text("clicked 1 times")
        expect(page.locator("#go")).to_have_text("Go")  # labels.json was shipped and read
    finally:
        page.close()

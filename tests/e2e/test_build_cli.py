"""The `pyclient build` command line contract (DESIGN "Contracts that tests rely on")."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import answers, free_port, wait_until
from playwright.sync_api import expect

pytestmark = pytest.mark.pyclient_only

ROOT = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"


def build(app_file: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pyclient", "build", str(app_file), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_build_writes_a_static_site(built_site):
    # built_site runs `python -m pyclient build examples/prevent_update/app.py --out DIR`
    # and fails the test with the build's stderr unless it exits 0.
    site = built_site("prevent_update")
    for path in ("index.html", "_pyclient/main.js", "_pyclient/worker.js",
                 "_pyclient/pyodide/pyodide.asm.wasm", "_pyclient/app.zip"):
        assert (site / path).is_file(), f"{path} missing from the build"
    assert 'data-pyclient="loading"' in (site / "index.html").read_text()


def test_layout_shows_before_python_is_ready(profile_page, static_server, built_site):
    built_site("prevent_update")
    # Python never loads here: the layout still shows, drawn by the component libraries.
    page = profile_page()
    try:
        page.route("**/pyodide.asm.wasm", lambda route: route.abort())
        page.goto(f"{static_server}/prevent_update/")
        expect(page.locator("button#show-secret")).to_have_text("Click here to see the content")
        expect(page.locator("div#body-div")).to_have_count(1)
    finally:
        page.close()


def test_main_block_does_not_run_during_build(tmp_path):
    proc = build(APPS / "main_guard_app.py", tmp_path / "site")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "MAIN BLOCK RAN" not in output
    assert (tmp_path / "site" / "index.html").is_file()


def test_cycle_across_callbacks_fails_the_build(tmp_path):
    proc = build(APPS / "cycle_app.py", tmp_path / "site")
    message = proc.stdout + proc.stderr
    assert proc.returncode != 0, message
    for part in ("copy_left_to_right", "copy_right_to_left", "left-input", "right-input", "value"):
        assert part in message, f"{part!r} not named in:\n{message}"
    assert "Traceback" not in message, message


def test_duplicate_output_fails_the_build(tmp_path):
    proc = build(APPS / "duplicate_output_app.py", tmp_path / "site")
    message = proc.stdout + proc.stderr
    assert proc.returncode != 0, message
    for part in ("from_first_button", "from_second_button", "shared-output", "children",
                 "allow_duplicate"):
        assert part in message, f"{part!r} not named in:\n{message}"
    assert "Traceback" not in message, message


def test_run_serves_the_app_and_removes_its_folder_when_it_stops(profile_page, tmp_path):
    port = free_port()
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    log_path = tmp_path / "run.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pyclient", "run", "examples/prevent_update/app.py",
             "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until(lambda: answers(url), proc, log_path, "pyclient run")
        assert len(list(tmp_path.glob("pyclient-run-*"))) == 1
        page = profile_page()
        try:
            page.goto(url)
            page.wait_for_function("document.documentElement.dataset.pyclient === 'ready'",
                                   timeout=90_000)
            page.click("#show-secret")
            expect(page.locator("#body-div")).to_have_text(
                "Elephants are the only animal that can't jump")
        finally:
            page.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert list(tmp_path.glob("pyclient-run-*")) == []

"""`make wheel`: the wheel carries the browser runtime, so a fresh virtualenv outside this
checkout can `pip install` it, build an app and serve it."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import answers, free_port, wait_until
from playwright.sync_api import expect

pytestmark = pytest.mark.pyclient_only
ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_builds_and_serves_an_app_outside_the_checkout(profile_page, tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "scripts/make_wheel.py", "--out", str(wheels)], cwd=ROOT,
                   check=True, timeout=600)
    (wheel,) = wheels.glob("pyclient-*-py3-none-any.whl")
    venv = tmp_path / "venv"
    # This pip installs into the new venv (pip --python): the same install, without the 6 s
    # of CPU ensurepip takes to put a pip of its own there.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=300)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"),
                    "install", "-q", str(wheel)], check=True, timeout=600)
    app_dir = tmp_path / "myapp"
    app_dir.mkdir()
    shutil.copyfile(ROOT / "examples" / "dcc_button" / "app.py", app_dir / "app.py")
    env = {k: v for k, v in os.environ.items() if k != "PYCLIENT_WEB_DIR"}
    where = subprocess.run([venv / "bin" / "python", "-c", "import pyclient; print(pyclient.__file__)"],
                           cwd=app_dir, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(venv)), where.stdout  # the installed copy, not this checkout
    dash = subprocess.run([venv / "bin" / "python", "-c", "import dash; print(dash.__name__)"],
                          cwd=app_dir, env=env, capture_output=True, text=True, check=True)
    assert dash.stdout.strip() == "pyclient.compat.dash"  # `python app.py` works without Dash
    build = subprocess.run([venv / "bin" / "pyclient", "build", "app.py", "--out", "site"],
                           cwd=app_dir, env=env, capture_output=True, text=True, check=False,
                           timeout=600)
    assert build.returncode == 0, build.stderr
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        server = subprocess.Popen([venv / "bin" / "pyclient", "serve", "site", "--port", str(port)],
                                  cwd=app_dir, env=env, stdout=out, stderr=subprocess.STDOUT)
    page = profile_page()
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until(lambda: answers(url), server, log, "pyclient serve from the wheel")
        page.goto(url)
        page.wait_for_function("window.pyclient && window.pyclient.ready")
        page.evaluate("window.pyclient.ready")
        page.click("#save")
        page.evaluate("window.pyclient.idle()")
        expect(page.locator("#save-out")).to_have_text("Saved 1 times")
    finally:
        page.close()
        server.terminate()
        server.wait(timeout=30)

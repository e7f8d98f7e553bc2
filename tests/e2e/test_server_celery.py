"""A background server callback through Celery (CeleryManager with a Redis broker, as in Dash's
documentation): the test starts its own redis-server and `pyclient worker`, then clicks."""

import re
import shutil
import socket
import sys

import pytest
from conftest import TIMEOUT_MS, free_port, wait_until

from pyclient.testing.browser import wait_for
from playwright.sync_api import expect
from test_server_callbacks import _open, _start, _stop, _wait_for_url

pytestmark = [
    pytest.mark.pyclient_only,
    pytest.mark.skipif(shutil.which("redis-server") is None,
                       reason="no redis-server here to be the broker (make installs it)"),
]


def _redis_answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def test_celery_job_progress_cancel_and_rerun(profile_page, tmp_path):
    pytest.importorskip("celery")
    redis_port, port = free_port(), free_port()
    env = {"REDIS_URL": f"redis://127.0.0.1:{redis_port}/0"}
    procs = []
    try:
        redis = _start(["redis-server", "--port", str(redis_port), "--save", "",
                        "--appendonly", "no"], log_path=tmp_path / "redis.log")
        procs.append(redis)
        wait_until(lambda: _redis_answers(redis_port), redis, tmp_path / "redis.log",
                   "redis-server", seconds=30)
        procs.append(_start([sys.executable, "-m", "pyclient", "worker",
                             "examples/server_celery/app.py", "--loglevel=WARNING",
                             "--concurrency=1"], env, tmp_path / "worker.log"))
        server = _start([sys.executable, "-m", "pyclient", "run", "examples/server_celery/app.py",
                         "--port", str(port)], env, tmp_path / "run.log")
        procs.append(server)
        url = f"http://127.0.0.1:{port}/"
        _wait_for_url(server, url, tmp_path / "run.log", "pyclient run")
        page = _open(profile_page, url)

        page.click("#run-button")
        expect(page.locator("#run-button")).to_be_disabled()  # running=
        expect(page.locator("#progress-text")).to_have_text(
            re.compile(r"^step \d of 6: \d+$"), timeout=60_000)  # the worker may start slowly
        wait_for(page, "idle", TIMEOUT_MS)
        expect(page.locator("#result")).to_have_text("run 1: total 105")
        expect(page.locator("#progress-text")).to_have_text("step 6 of 6: 105")
        expect(page.locator("#run-button")).to_be_enabled()

        page.click("#run-button")
        expect(page.locator("#progress-text")).to_have_text(re.compile(r"^step [1-4] of 6: \d+$"))
        page.click("#cancel-button")
        wait_for(page, "idle", TIMEOUT_MS)
        expect(page.locator("#result")).to_have_text("run 1: total 105")  # kept its value
        expect(page.locator("#cancel-button")).to_be_disabled()

        page.click("#run-button")  # the worker takes the next job after the cancelled one
        wait_for(page, "idle", TIMEOUT_MS)
        expect(page.locator("#result")).to_have_text("run 3: total 105")
    finally:
        for proc in reversed(procs):
            _stop(proc)
        print((tmp_path / "worker.log").read_text() if (tmp_path / "worker.log").exists() else "")

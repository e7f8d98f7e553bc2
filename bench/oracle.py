"""Real Dash 4.4.1 beside pyclient in the benches: the browser flags both use, and starting the
same app file on Dash (through ../shared/tools/dash-oracle, its own virtualenv)."""

from __future__ import annotations

import socket
import subprocess
import time
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORACLE = ROOT.parent / "shared" / "tools" / "dash-oracle"
sys.path.insert(0, str(ROOT))
from pyclient.testing.browser import CHROMIUM_ARGS as ARGS  # noqa: E402  the tests' flags


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_oracle(app: Path) -> tuple[subprocess.Popen, str]:
    """Real Dash serving `app`; returns the process and its URL once it answers."""
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

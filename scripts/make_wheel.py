"""`make wheel`: a pyclient wheel that carries its browser runtime, so `pip install
pyclient-*.whl` gives a `pyclient build` that works in any folder, with no checkout and no Node
(Node only adds the memory snapshot). The runtime goes to pyclient/_runtime/ for the time of the
build (the same layout as web/: dist/, node_modules/pyodide/, vendor/dash/), then is removed.

Run: .venv/bin/python scripts/make_wheel.py [--out dist]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyclient.build import (  # noqa: E402
    PYODIDE_FILES, RUNTIME_DIR, TOOL_WEB_FILES, WEB_FILES,
)
from pyclient.bundles import DASH_WHEEL  # noqa: E402

PLOTLY = "node_modules/plotly.js-dist-min/plotly.min.js"
PTH = "pyclient-dash.pth"  # `python app.py` without Dash: see pyclient-dash.pth


def add_to_wheel(wheel: Path, name: str, data: bytes) -> None:
    """Put a file at the wheel's root (site-packages once installed) and list it in RECORD:
    setuptools has no place for a .pth file."""
    with zipfile.ZipFile(wheel) as source:
        entries = [(info, source.read(info)) for info in source.infolist() if info.filename != name]
    record = next(info for info, _ in entries if info.filename.endswith(".dist-info/RECORD"))
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as target:
        for info, content in entries:
            if info is record:
                content = content + f"{name},sha256={digest},{len(data)}\n".encode()
                target.writestr(name, data)
            target.writestr(info, content)


def runtime_files() -> list[str]:
    """Every file of web/ a build reads, relative to web/."""
    return ([f"dist/{f}" for f in [*WEB_FILES, *TOOL_WEB_FILES]]
            + [f"node_modules/pyodide/{f}" for f in PYODIDE_FILES]
            + [PLOTLY, f"vendor/dash/{DASH_WHEEL}"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "dist"))
    args = parser.parse_args()
    shutil.rmtree(RUNTIME_DIR, ignore_errors=True)
    try:
        for name in runtime_files():
            target = RUNTIME_DIR / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / "web" / name, target)
        shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)  # setuptools' stale copies
        code = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                               args.out, str(ROOT)], check=False).returncode
        if code == 0:
            for wheel in Path(args.out).glob("pyclient-*-py3-none-any.whl"):
                add_to_wheel(wheel, PTH, (ROOT / PTH).read_bytes())
        return code
    finally:
        shutil.rmtree(RUNTIME_DIR, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())

"""The `pyclient` command: build, run, serve, gallery."""

from __future__ import annotations

import argparse
import html
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def _build_in_subprocess(app_file: Path, out: Path) -> subprocess.CompletedProcess:
    """A fresh process per app, so one app's global @callback registry never leaks."""
    return subprocess.run(
        [sys.executable, "-m", "pyclient", "build", str(app_file), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )


def cmd_build(args: argparse.Namespace) -> int:
    from .build import main_build

    return main_build(args.app, args.out, args.requirement)


def cmd_run(args: argparse.Namespace) -> int:
    from .serve import serve_forever

    out = Path(tempfile.mkdtemp(prefix="pyclient-run-"))
    result = _build_in_subprocess(Path(args.app), out)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        return result.returncode
    serve_forever(out, args.port, args.host)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve_forever

    serve_forever(args.dir, args.port, args.host)
    return 0


def cmd_gallery(args: argparse.Namespace) -> int:
    """Build every examples/*/app.py and write an index page linking them (make demo)."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    built, failed = [], []
    for app_file in sorted(Path(args.examples).glob("*/app.py")):
        name = app_file.parent.name
        result = _build_in_subprocess(app_file, out / name)
        (built if result.returncode == 0 else failed).append(name)
        if result.returncode != 0:
            sys.stderr.write(result.stderr)
    items = "".join(
        f'<li><a href="{html.escape(n)}/">{html.escape(n)}</a></li>' for n in built
    )
    (out / "index.html").write_text(
        "<!doctype html><meta charset=utf-8><title>pyclient examples</title>"
        f"<h1>pyclient examples</h1><ul>{items}</ul>",
        encoding="utf-8",
    )
    print(f"built {len(built)} examples into {out}" + (f"; failed: {failed}" if failed else ""))
    return 1 if failed else 0


def run_app_object(app: Any, module: Any, **kwargs: Any) -> None:
    """`app.run()` from a script: build that script and serve it like `pyclient run`."""
    path = getattr(module, "__file__", None)
    if path is None:
        raise RuntimeError("app.run() needs the app to live in a file; use `pyclient run app.py`.")
    port = int(kwargs.get("port", 8050))
    raise SystemExit(
        main(["run", path, "--port", str(port), "--host", str(kwargs.get("host", "127.0.0.1"))])
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pyclient", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="turn APP.py into a static folder")
    p.add_argument("app")
    p.add_argument("--out", "-o", default="dist")
    p.add_argument("--requirement", "-r", help="requirements file (default: requirements.txt next to APP.py)")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("run", help="build APP.py and serve it")
    p.add_argument("app")
    p.add_argument("--port", type=int, default=8050)
    p.add_argument("--host", default="127.0.0.1")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("serve", help="serve a built folder as static files")
    p.add_argument("dir")
    p.add_argument("--port", type=int, default=8050)
    p.add_argument("--host", default="127.0.0.1")
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("gallery", help="build every examples/*/app.py with an index page")
    p.add_argument("examples")
    p.add_argument("--out", "-o", default="build/gallery")
    p.set_defaults(func=cmd_gallery)
    args = parser.parse_args(argv)
    return args.func(args)

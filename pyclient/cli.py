"""The `pyclient` command: build, run, dev, serve, worker, graph, gallery."""

from __future__ import annotations

import argparse
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def _build_in_subprocess(app_file: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    """A fresh process per app, so one app's global @callback registry never leaks."""
    return subprocess.run(
        [sys.executable, "-m", "pyclient", "build", str(app_file), "--out", str(out), *options],
        capture_output=True,
        text=True,
        check=False,
    )


def cmd_build(args: argparse.Namespace) -> int:
    from .build import Options, main_build

    return main_build(args.app, args.out, Options(
        requirement=args.requirement, server_url=args.server_url,
        server_timeout=args.server_timeout, include=args.include or [],
        exclude=args.exclude or [], list_files=args.list, strict=args.strict,
        snapshot=not args.no_snapshot, compress=not args.no_compress,
        service_worker=not args.no_service_worker, debug=args.debug,
        live_reload=args.live_reload,
    ))


def _serve_with_server(app_file: str, static_dir: Path, args: argparse.Namespace) -> int:
    """The site and the server-callback endpoint on one origin (uvicorn, one process)."""
    try:
        import uvicorn

        from .server import create_app
    except ImportError:
        print("The server needs Starlette and uvicorn: pip install 'pyclient[server]'.",
              file=sys.stderr)
        return 1
    asgi = create_app(app_file, static_dir=static_dir, debug=args.debug,
                      allow_origins=args.allow_origin or [])
    print(f"Serving {app_file} at http://{args.host}:{args.port}/ "
          f"(server callbacks: {', '.join(asgi.state.callbacks.server_callbacks) or 'none'})",
          flush=True)
    uvicorn.run(asgi, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    out = Path(tempfile.mkdtemp(prefix="pyclient-run-"))
    # uvicorn stops gracefully on SIGTERM, then raises it again to the handler it found: make
    # that one an ordinary exit, so the folder below is removed (SIGINT is KeyboardInterrupt).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        # Compressed copies save nothing on localhost and cost seconds per build; a service
        # worker's offline copy would outlive the next edit (as in `pyclient dev`).
        result = _build_in_subprocess(Path(args.app), out, "--no-compress", "--no-service-worker",
                                      *(["--debug"] if args.debug else []))
        sys.stderr.write(result.stderr)
        if result.returncode != 0:
            return result.returncode
        if Path(args.app).suffix == ".R":  # an R app has no server callbacks: files only
            from .serve import serve_forever

            serve_forever(out, args.port, args.host)
            return 0
        return _serve_with_server(args.app, out, args)
    finally:
        shutil.rmtree(out, ignore_errors=True)  # the site lives as long as the command


def _python_only(app: str | None, what: str) -> int | None:
    """R apps (r_app.py) have no server and no dev loop yet: say so instead of failing later."""
    if app and Path(app).suffix == ".R":
        print(f"{what} is for Python apps; {app} is an R app. Use `pyclient run {app}` (run it "
              "again after an edit), or `pyclient build` and `pyclient serve DIR`.", file=sys.stderr)
        return 1
    return None


def cmd_dev(args: argparse.Namespace) -> int:
    from .dev import DevServer

    refused = _python_only(args.app, "pyclient dev")
    if refused is not None:
        return refused
    return DevServer(Path(args.app), args.host, args.port).run()


def cmd_worker(args: argparse.Namespace) -> int:
    refused = _python_only(args.app, "pyclient worker (background server callbacks)")
    if refused is not None:
        return refused
    from .server import run_celery_worker

    run_celery_worker(args.app, args.celery_args)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve_forever

    if args.app:
        refused = _python_only(args.app, "pyclient serve --app (server callbacks)")
        if refused is not None:
            return refused
        return _serve_with_server(args.app, Path(args.dir), args)
    serve_forever(args.dir, args.port, args.host)
    return 0


def cmd_gallery(args: argparse.Namespace) -> int:
    """Build every examples/*/app.py with the gallery's pages (make demo)."""
    from .gallery import build_gallery

    only = [n.strip() for n in args.only.split(",") if n.strip()] if args.only else None
    return build_gallery(Path(args.examples), Path(args.out), only)


def cmd_graph(args: argparse.Namespace) -> int:
    from .graph_picture import main_graph

    return main_graph(args.app, args.out)


def run_app_object(app: Any, module: Any, **kwargs: Any) -> None:
    """`app.run()` from a script: build that script and serve it like `pyclient run`."""
    path = getattr(module, "__file__", None)
    if path is None:
        raise RuntimeError("app.run() needs the app to live in a file; use `pyclient run app.py`.")
    port = int(kwargs.get("port", 8050))
    argv = ["run", path, "--port", str(port), "--host", str(kwargs.get("host", "127.0.0.1"))]
    raise SystemExit(main(argv + (["--debug"] if kwargs.get("debug") else [])))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pyclient", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="turn APP.py into a static folder")
    p.add_argument("app", help="the Dash app file, e.g. app.py (its folder is what the site may ship)")
    p.add_argument("--out", "-o", default="dist",
                   help="the folder to write the site into, replaced whole (default: dist)")
    p.add_argument("--requirement", "-r", help="requirements file (default: requirements.txt next to APP.py)")
    p.add_argument("--server-url", help="where the app's server runs when it is not the site's "
                   "own origin, e.g. https://api.example.org (start it with --allow-origin)")
    p.add_argument("--server-timeout", type=float, default=120.0,
                   help="seconds the page waits for a server callback (default 120)")
    p.add_argument("--include", action="append", metavar="PATTERN",
                   help="also publish the app files matching this glob (e.g. 'templates/*')")
    p.add_argument("--exclude", action="append", metavar="PATTERN",
                   help="never publish the app files matching this glob")
    p.add_argument("--strict", action="store_true",
                   help="fail when a callback names an id that is not in the layout (default: "
                   "a warning, as Dash runs such apps: the id may be created later)")
    p.add_argument("--no-snapshot", action="store_true",
                   help="do not import the app at build time for a memory snapshot: each visit "
                        "starts Python and runs the app's module code itself (slower start)")
    p.add_argument("--no-compress", action="store_true",
                   help="do not write .br/.gz copies of the large files (a host that compresses "
                        "by itself does not need them)")
    p.add_argument("--no-service-worker", action="store_true",
                   help="no pyclient-sw.js: every visit loads the site from the network, and it "
                        "does not work offline")
    p.add_argument("--list", action="store_true",
                   help="print every app file the site ships or leaves out, and why")
    p.add_argument("--debug", action="store_true",
                   help="show callback errors with their tracebacks in the page, as Dash's "
                        "debug mode does; for the app's author, not for a published site "
                        "(default: errors go to the browser console only)")
    p.add_argument("--live-reload", action="store_true",
                   help="the page reloads itself when _pyclient/dev.json changes (what "
                        "`pyclient dev` does on every save)")
    p.set_defaults(func=cmd_build)

    def server_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--port", type=int, default=8050)
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--debug", action="store_true",
                       help="send server callbacks' tracebacks to the page (with run: also "
                            "build the page with --debug, so it shows its error overlay)")
        p.add_argument("--allow-origin", action="append", metavar="ORIGIN",
                       help="a site built with --server-url that may call this server (CORS)")

    p = sub.add_parser("run", help="build APP.py and serve it with its server callbacks")
    p.add_argument("app")
    server_options(p)
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("dev", help="build APP.py, serve it, and rebuild and reload the page on "
                                   "every save in its folder (errors show in the page)")
    p.add_argument("app")
    p.add_argument("--port", type=int, default=8050)
    p.add_argument("--host", default="127.0.0.1")
    p.set_defaults(func=cmd_dev)
    p = sub.add_parser("serve", help="serve a built folder (with --app: also its server callbacks)")
    p.add_argument("dir")
    p.add_argument("--app", help="the app file, to run its server callbacks too")
    server_options(p)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("worker", help="a Celery worker for APP.py's background server callbacks")
    p.add_argument("app")
    p.add_argument("celery_args", nargs=argparse.REMAINDER,
                   help="passed to `celery worker`, e.g. --loglevel=INFO --concurrency=4")
    p.set_defaults(func=cmd_worker)
    p = sub.add_parser("graph", help="draw APP.py's callback graph as SVG: components, the props "
                                     "callbacks use, and where each callback runs (needs Node)")
    p.add_argument("app", help="the Dash app file, e.g. app.py")
    p.add_argument("--out", "-o", default="graph.svg", help="the SVG file to write (default: graph.svg)")
    p.set_defaults(func=cmd_graph)
    p = sub.add_parser("gallery", help="build every examples/*/app.py with the gallery's pages: "
                                       "grouped by topic, each app next to its source")
    p.add_argument("examples")
    p.add_argument("--out", "-o", default="build/gallery")
    p.add_argument("--only", metavar="NAMES", help="build only these examples (comma-separated)")
    p.set_defaults(func=cmd_gallery)
    args = parser.parse_args(argv)
    return args.func(args)

"""Serving a built folder as static files with the MIME types Pyodide needs."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

MIME_TYPES = {
    ".wasm": "application/wasm",  # a wrong type makes loadPyodide hang
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".zip": "application/zip",
    ".whl": "application/zip",
}


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def log_message(self, format: str, *args: object) -> None:
        return None


def make_server(directory: str | Path, port: int = 0, host: str = "127.0.0.1"):
    handler = functools.partial(_Handler, directory=str(directory))
    return http.server.ThreadingHTTPServer((host, port), handler)


def serve_in_thread(directory: str | Path, port: int = 0):
    """Start a server in a daemon thread; returns it (its port: server.server_address[1])."""
    server = make_server(directory, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve_forever(directory: str | Path, port: int, host: str = "127.0.0.1") -> None:
    server = make_server(directory, port, host)
    print(f"Serving {directory} at http://{host}:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass

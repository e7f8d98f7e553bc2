"""Serving a built folder as static files with the MIME types Pyodide needs, sending the build's
.br/.gz copies (compress.py) to browsers that accept them."""

from __future__ import annotations

import functools
import http.server
import mimetypes
import os
import sys
import threading
from pathlib import Path

from . import compress

# The standard table knows .wasm (a wrong type makes loadPyodide hang), .mjs, .js and .json;
# a wheel is a zip.
mimetypes.add_type("application/zip", ".whl")


class _Handler(http.server.SimpleHTTPRequestHandler):
    def send_head(self):  # noqa: ANN201 - http.server's own signature
        path = Path(self.translate_path(self.path))
        if not path.is_file():
            return super().send_head()  # folders, redirects, 404s
        sent, encoding = compress.pick(path, self.headers.get("Accept-Encoding", ""))
        if encoding is None:
            return super().send_head()
        handle = open(sent, "rb")  # noqa: SIM115 - http.server closes it after copying
        self.send_response(200)
        self.send_header("Content-Type", compress.content_type(path, self.extensions_map))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(os.fstat(handle.fileno()).st_size))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Last-Modified", self.date_time_string(int(path.stat().st_mtime)))
        self.end_headers()
        return handle

    def log_message(self, format: str, *args: object) -> None:
        return None


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 - socketserver's
        # A browser that leaves a page (or closes) drops its downloads: not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def make_server(directory: str | Path, port: int = 0, host: str = "127.0.0.1"):
    handler = functools.partial(_Handler, directory=str(directory))
    return _Server((host, port), handler)


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

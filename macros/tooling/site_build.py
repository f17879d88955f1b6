"""Build and serve the site: one implementation for tests, `make check` and `make bench`."""

from __future__ import annotations

import functools
import gzip
import hashlib
import io
import os
import re
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..paths import ROOT

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml")
GZIP_LEVEL = 6  # gzip_comp_level in deploy/nginx.conf: the bench measures what production sends


@dataclass
class BuildResult:
    returncode: int
    output: str  # stdout and stderr together
    seconds: float

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def problems(self) -> str:
        """The warnings, errors and exception lines of a failed build.

        The build runs without -q: mkdocs-macros reports a failing macro
        below the ERROR level, so a quiet build fails without saying why.
        """
        lines = self.output.splitlines()
        found = [line for line in lines if line.startswith(("WARNING", "ERROR", "  - ")) or "Error:" in line]
        return "\n".join(found or lines[-30:])


def build_site(out: Path, *, project: Path = ROOT, site_url: str | None = None) -> BuildResult:
    """`mkdocs build --strict` of `project` into `out`, in a fresh process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(out)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    return BuildResult(result.returncode, result.stdout + result.stderr, time.perf_counter() - start)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# File names that carry a content hash: Material's bundles and ours
# (macros/hooks/asset_hashes.py). They never change, so they are cached long.
HASHED_NAME = re.compile(r"\.[0-9a-f]{8}(?:\.min)?\.(?:js|css|svg)$")


class ProductionLikeHandler(QuietHandler):
    """Static files as a production web server sends them: gzip, ETag and
    long caching only for hashed names (as in deploy/nginx.conf).

    `transfer_log`, when a list, receives (path, status, content type, body
    bytes) for every response: what the browser really fetched."""

    transfer_log: list | None = None

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the base class redirects "dir" to "dir/"
            path = path / "index.html"
        status = 200
        if not path.is_file():
            path = self._not_found_page()
            if path is None:
                return super().send_head()
            status = 404
        raw = path.read_bytes()
        etag = '"' + hashlib.sha1(raw).hexdigest()[:16] + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        compress = "gzip" in self.headers.get("Accept-Encoding", "") and path.suffix in COMPRESSIBLE
        body = gzip.compress(raw, compresslevel=GZIP_LEVEL) if compress else raw
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        hashed = HASHED_NAME.search(path.name)
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if hashed else "no-cache")
        self.end_headers()
        return io.BytesIO(body)

    def _not_found_page(self) -> Path | None:
        """The language's "page not found" for a missing address, as
        deploy/nginx.conf answers (error_page 404): /sv/... gets sv/404.html."""
        root = Path(self.directory)
        lang_root = "sv/" if self.path.startswith("/sv/") else ""
        page = root / lang_root / "404.html"
        return page if page.is_file() else None

    def send_header(self, keyword, value):
        if keyword.lower() in ("content-length", "content-type"):
            self._sent = {**getattr(self, "_sent", {}), keyword.lower(): value}
        super().send_header(keyword, value)

    def end_headers(self):
        if self.transfer_log is not None:
            sent = getattr(self, "_sent", {})
            self.transfer_log.append(
                (
                    self.path,
                    getattr(self, "_status", 0),
                    sent.get("content-type", ""),
                    int(sent.get("content-length", 0)),
                )
            )
        self._sent = {}
        super().end_headers()

    def send_response(self, code, message=None):
        self._status = code
        super().send_response(code, message)


@contextmanager
def serve(directory: Path, port: int | None = None, *, production_like: bool = False, transfer_log: list | None = None):
    """Serve `directory` on 127.0.0.1; yields the base URL ending in '/'.

    With `transfer_log` (production-like only), every response is recorded there."""
    port = port or free_port()
    handler = ProductionLikeHandler if production_like else QuietHandler
    if transfer_log is not None:
        handler = type("LoggingHandler", (ProductionLikeHandler,), {"transfer_log": transfer_log})
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()

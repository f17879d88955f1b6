"""Shared fixtures: one strict build of the site per test session, served on localhost."""
from __future__ import annotations

import functools
import os
import socket
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fi", "sv")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _build_problems(output: str) -> str:
    """The warnings, errors and final exception line of a failed build.

    Not `-q`: mkdocs-macros reports a failing macro below the ERROR level,
    so a quiet build fails without saying why.
    """
    lines = output.splitlines()
    problems = [line for line in lines if line.startswith(("WARNING", "ERROR", "  - ")) or "Error:" in line]
    return "\n".join(problems or lines[-30:])


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """Build the site strictly into a temporary folder and serve it.

    Yields an object with `.dir` (Path) and `.url` (base URL ending in '/').
    The build gets the server's own address as SITE_URL so that absolute
    links (hreflang, sitemap) point at the served copy.
    """
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{_build_problems(result.stdout + result.stderr)}")
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    class Site:
        dir = out
        base_url = url

        def pages(self):
            """Every built HTML page, as paths relative to the site root ('', 'sv/rules/goals/')."""
            found = []
            for html in sorted(out.rglob("index.html")):
                rel = html.parent.relative_to(out).as_posix()
                found.append("" if rel == "." else rel + "/")
            return found

    yield Site()
    server.shutdown()

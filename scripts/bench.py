"""Benchmark: build time, first-visit page weight, script sizes (gzipped)
and Lighthouse scores.

Run with `make bench`. Prints measurements; budgets from DESIGN.md are shown
beside them (guide page first visit <= 120 KB gz, tool scripts <= 15 KB gz).
Lighthouse (installed by `make bench` with npm into scripts/lighthouse/)
runs against a local server that compresses and caches like a production
web server would; without npm or Chromium that part is skipped, saying so.
"""
from __future__ import annotations

import functools
import gzip
import io
import json
import os
import shutil
import socket
import threading
import re
import subprocess
import sys
import tempfile
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUR_SCRIPTS = ROOT / "overrides" / "assets" / "javascripts"
TOOL_SCRIPT_NAMES = ("self-assessment.js", "storage.js")  # what a self-assessment page loads
LIGHTHOUSE = ROOT / "scripts" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
PAGES = ("", "guides/why-networks/", "sv/rules/goals/", "tools/network-health/")
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml")


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def first_visit_bytes(site: Path, page: str) -> tuple[int, list[str]]:
    """Gzipped bytes of a page's HTML plus the CSS, JS and icons it references."""
    html_path = site / page / "index.html"
    html = html_path.read_text(encoding="utf-8")
    total, assets = gz(html_path), []
    for ref in re.findall(r'(?:href|src)="([^"#?]+\.(?:css|js|svg))"', html):
        target = (html_path.parent / ref).resolve()
        if target.is_file() and target not in assets:
            assets.append(target)
            total += gz(target)
    return total, [a.relative_to(site).as_posix() for a in assets]


class ProductionLikeHandler(SimpleHTTPRequestHandler):
    """Static files with gzip and caching headers, as a web server would send them."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the base class redirects "dir" to "dir/"
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        # Material's bundles carry a content hash in their names: cache them long.
        hashed = re.search(r"\.[0-9a-f]{8}\.min\.(?:js|css)$", path.name)
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if hashed else "no-cache")
        self.end_headers()
        return io.BytesIO(body)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def lighthouse_scores(url: str) -> dict[str, int]:
    """Lighthouse category scores (0–100) for one URL, mobile emulation (Lighthouse's default)."""
    report = Path(tempfile.mkdtemp(prefix="bench-lh-")) / "report.json"
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         "--only-categories=performance,accessibility,best-practices,seo",
         "--chrome-flags=--headless=new --no-sandbox"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, timeout=180,
    )
    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round(category["score"] * 100) for name, category in categories.items()}


def run_lighthouse() -> None:
    if not LIGHTHOUSE.exists() or not Path(CHROMIUM).exists():
        missing = "npm (to install Lighthouse)" if not LIGHTHOUSE.exists() else f"Chromium at {CHROMIUM}"
        print(f"lighthouse: skipped, needs {missing}")
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    out = build_site(url)[0]
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(ProductionLikeHandler, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for page in PAGES:
            scores = lighthouse_scores(url + page)
            print(f"lighthouse /{page}: " + ", ".join(f"{k} {v}" for k, v in scores.items()))
    finally:
        server.shutdown()
        shutil.rmtree(out, ignore_errors=True)


def build_site(site_url: str | None = None) -> tuple[Path, float]:
    out = Path(tempfile.mkdtemp(prefix="bench-site-"))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
                   cwd=ROOT, env=env, check=True)
    return out, time.perf_counter() - start


def main() -> int:
    out, build_seconds = build_site()
    print(f"build (both languages, strict): {build_seconds:.2f} s")
    for page in PAGES:
        if (out / page / "index.html").is_file():
            size, assets = first_visit_bytes(out, page)
            print(f"first visit /{page}: {size / 1024:.1f} KB gz (budget 120 KB), {len(assets)} assets")
    scripts = sorted(OUR_SCRIPTS.glob("*.js"))
    for script in scripts:
        print(f"  {script.name}: {script.stat().st_size} B raw, {gz(script)} B gz")
    tools = sum(gz(p) for p in scripts if p.name in TOOL_SCRIPT_NAMES)
    print(f"tool scripts together ({', '.join(TOOL_SCRIPT_NAMES)}): {tools / 1024:.1f} KB gz (budget 15 KB)")
    css = ROOT / "overrides" / "assets" / "stylesheets" / "site.css"
    print(f"site.css: {gz(css)} B gz")
    shutil.rmtree(out, ignore_errors=True)
    run_lighthouse()
    return 0


if __name__ == "__main__":
    sys.exit(main())

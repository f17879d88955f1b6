"""Benchmark: build time, first-visit page weight, script sizes (gzipped)
and Lighthouse scores.

Run with `make bench`. Prints measurements; budgets from DESIGN.md are shown
beside them (guide page first visit <= 120 KB gz, tool scripts <= 15 KB gz).
Lighthouse (installed by `make bench` with npm into scripts/lighthouse/)
runs against a local server that compresses and caches like a production
web server would; without npm or Chromium that part is skipped, saying so.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.checks.site_build import build_site, free_port, serve  # noqa: E402

ASSETS = ROOT / "overrides" / "assets"
LIGHTHOUSE = ROOT / "scripts" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
PAGES = ("", "guides/why-networks/", "sv/rules/goals/", "tools/network-health/")


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
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    out = build(url)[0]
    try:
        with serve(out, port, production_like=True):
            for page in PAGES:
                scores = lighthouse_scores(url + page)
                print(f"lighthouse /{page}: " + ", ".join(f"{k} {v}" for k, v in scores.items()))
    finally:
        shutil.rmtree(out, ignore_errors=True)


def build(site_url: str | None = None) -> tuple[Path, float]:
    out = Path(tempfile.mkdtemp(prefix="bench-site-"))
    result = build_site(out, site_url=site_url)
    if not result.ok:
        sys.exit(f"build failed:\n{result.problems()}")
    return out, result.seconds


def main() -> int:
    out, build_seconds = build()
    print(f"build (both languages, strict): {build_seconds:.2f} s")
    for page in PAGES:
        if (out / page / "index.html").is_file():
            size, assets = first_visit_bytes(out, page)
            print(f"first visit /{page}: {size / 1024:.1f} KB gz (budget 120 KB), {len(assets)} assets")
    # Our own scripts, not Material's bundle or the search worker it wraps.
    scripts = sorted(p for p in ASSETS.rglob("*.js") if "workers" not in p.parts)
    for script in scripts:
        print(f"  {script.relative_to(ASSETS)}: {script.stat().st_size} B raw, {gz(script)} B gz")
    print(f"our scripts together: {sum(gz(p) for p in scripts) / 1024:.1f} KB gz (budget 15 KB)")
    css = ROOT / "overrides" / "assets" / "stylesheets" / "site.css"
    print(f"site.css: {gz(css)} B gz")
    shutil.rmtree(out, ignore_errors=True)
    run_lighthouse()
    return 0


if __name__ == "__main__":
    sys.exit(main())

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


def group_summary_ms(files: int = 200) -> None:
    """Time for the group summary to read and combine `files` exports in Chromium (budget 1 s)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("group summary: skipped, needs the playwright package (make install)")
        return
    if not Path(CHROMIUM).exists():
        print(f"group summary: skipped, needs Chromium at {CHROMIUM}")
        return
    import random

    from macros.components.self_assessment import model

    items = [item.id for item in model.load("network-health").items()]
    folder = Path(tempfile.mkdtemp(prefix="bench-gs-"))
    rng = random.Random(1)
    paths = []
    for i in range(files):
        answers = {item: rng.choice([1, 2, 3, 4, "unknown"]) for item in items}
        path = folder / f"p{i:03}.json"
        path.write_text(json.dumps({"format": 1, "tool": "network-health", "exported": str(i), "answers": answers}))
        paths.append(str(path))
    out = build()[0]
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
    try:
        with serve(out) as url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=args)
            page = browser.new_page()
            page.goto(url + "trainers/group-summary/")
            page.wait_for_selector('[data-started="true"]')
            page.set_input_files("[data-gs-files]", paths)
            page.wait_for_selector("[data-last-combine-ms]")
            ms = int(page.get_attribute("[data-last-combine-ms]", "data-last-combine-ms"))
            browser.close()
        print(f"group summary, {files} files read and combined: {ms} ms (budget 1000 ms)")
    finally:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)


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
    group_summary_ms()
    run_lighthouse()
    return 0


if __name__ == "__main__":
    sys.exit(main())

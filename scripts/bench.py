"""Benchmark: build time, first-visit page weight and script sizes (gzipped).

Run with `make bench`. Prints measurements; budgets from DESIGN.md are shown
beside them (guide page first visit <= 120 KB gz, tool scripts <= 15 KB gz).
"""
from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parent.parent
TOOL_SCRIPTS = ROOT / "overrides" / "assets" / "javascripts"


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


def main() -> int:
    out = Path(tempfile.mkdtemp(prefix="bench-site-"))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
                   cwd=ROOT, env=env, check=True)
    build_seconds = time.perf_counter() - start
    print(f"build (both languages, strict): {build_seconds:.2f} s")
    for page in ("", "guides/why-networks/", "sv/rules/goals/", "tools/network-health/"):
        if (out / page / "index.html").is_file():
            size, assets = first_visit_bytes(out, page)
            print(f"first visit /{page}: {size / 1024:.1f} KB gz (budget 120 KB), {len(assets)} assets")
    scripts = sorted(TOOL_SCRIPTS.glob("*.js"))
    total = sum(gz(p) for p in scripts)
    for script in scripts:
        print(f"  {script.name}: {script.stat().st_size} B raw, {gz(script)} B gz")
    print(f"tool scripts together: {total / 1024:.1f} KB gz (budget 15 KB)")
    css = ROOT / "overrides" / "assets" / "stylesheets" / "site.css"
    print(f"site.css: {gz(css)} B gz")
    return 0


if __name__ == "__main__":
    sys.exit(main())

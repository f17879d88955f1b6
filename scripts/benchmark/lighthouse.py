"""Lighthouse scores, mobile and desktop, with Debian's Chromium.

Lighthouse is installed by `make bench` with npm into scripts/lighthouse/;
without npm or Chromium this part is skipped, saying so.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "scripts" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# The measurements behind the performance score, shown beside it so that a
# low score says what to look at.
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
}
MODES = ("mobile", "desktop")
# Performance on a simulated phone varies from run to run by several points
# on a busy two-core machine (88 and 96 for the same page, one after the
# other): the bench takes the median of a few runs, as Lighthouse advises.
RUNS = {"mobile": 3, "desktop": 1}


def missing(chromium: str) -> str | None:
    """What is missing to run Lighthouse, or None."""
    if not LIGHTHOUSE.exists():
        return "Lighthouse (install npm, then run `make bench` again: it installs Lighthouse)"
    if not Path(chromium).exists():
        return f"Chromium at {chromium} (apt-get install chromium)"
    return None


def scores(url: str, mode: str, chromium: str) -> tuple[dict[str, int], str]:
    """Category scores (0-100) for one URL, and the performance metrics as
    Lighthouse writes them ("LCP 2.1 s, TBT 40 ms, ..."); `mode` is "mobile"
    (Lighthouse's default) or "desktop"."""
    with tempfile.TemporaryDirectory(prefix="bench-lh-") as folder:
        report = Path(folder) / "report.json"
        command = [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox",
        ]
        if mode == "desktop":
            command.append("--preset=desktop")
        subprocess.run(command, env={**os.environ, "CHROME_PATH": chromium}, check=True, timeout=240)
        result = json.loads(report.read_text(encoding="utf-8"))
    categories, audits = result["categories"], result["audits"]
    metrics = ", ".join(
        f"{short} {audits[audit].get('displayValue', '?')}" for audit, short in METRICS.items() if audit in audits
    )
    return {name: round((categories[name]["score"] or 0) * 100) for name in CATEGORIES}, metrics


def median_scores(url: str, mode: str, chromium: str) -> tuple[dict[str, int], str, list[int]]:
    """scores() of the run with the median performance score, and every run's performance score."""
    results = sorted((scores(url, mode, chromium) for _ in range(RUNS[mode])), key=lambda r: r[0]["performance"])
    middle, metrics = results[len(results) // 2]
    return middle, metrics, [result["performance"] for result, _ in results]

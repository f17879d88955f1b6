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
MODES = ("mobile", "desktop")


def missing(chromium: str) -> str | None:
    """What is missing to run Lighthouse, or None."""
    if not LIGHTHOUSE.exists():
        return "Lighthouse (install npm, then run `make bench` again: it installs Lighthouse)"
    if not Path(chromium).exists():
        return f"Chromium at {chromium} (apt-get install chromium)"
    return None


def scores(url: str, mode: str, chromium: str) -> dict[str, int]:
    """Category scores (0-100) for one URL; `mode` is "mobile" (Lighthouse's default) or "desktop"."""
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
        categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round((categories[name]["score"] or 0) * 100) for name in CATEGORIES}

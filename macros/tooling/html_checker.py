"""The W3C HTML checker (vnu.jar, from the npm package vnu-jar; needs Java)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from ..loading.wording import say
from ..paths import ROOT

VNU = ROOT / "scripts" / "html-checker" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
INSTALL = "npm install --prefix scripts/html-checker"


def missing() -> str | None:
    """What is missing to run the checker, with the command that installs it, or None."""
    if not shutil.which("java"):
        return say(
            "Javaa ei löytynyt: sudo apt-get install default-jre-headless",
            "Java hittades inte: sudo apt-get install default-jre-headless",
        )
    if not VNU.is_file():
        where = VNU.relative_to(ROOT)
        return say(
            f"W3C:n HTML-tarkistinta ({where}) ei löytynyt: {INSTALL} (make test tekee sen, kun npm on asennettu)",
            f"W3C:s HTML-kontroll ({where}) hittades inte: {INSTALL} (make test gör det när npm finns)",
        )
    return None


def html_errors(*paths: Path) -> list[str]:
    """Every error the checker reports for these files or folders, one line each."""
    result = subprocess.run(
        ["java", "-Xss4m", "-jar", str(VNU), "--errors-only", "--format", "gnu", "--skip-non-html", *map(str, paths)],
        capture_output=True,
        text=True,
        env={**os.environ, "JAVA_TOOL_OPTIONS": ""},
    )
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    return [line for line in lines if "error" in line.lower() and "Picked up JAVA_TOOL_OPTIONS" not in line]

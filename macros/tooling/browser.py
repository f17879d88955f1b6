"""Debian's Chromium for the browser tests and `make check`, never a downloaded browser."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..loading.wording import say

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",  # needed as root in containers
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]
INSTALL = "sudo apt-get install chromium (or set CHROMIUM_PATH); never run 'playwright install'"


def install_hint() -> str:
    """INSTALL in the editor's language, for `make check`."""
    return say(
        "sudo apt-get install chromium (tai aseta CHROMIUM_PATH); älä koskaan aja komentoa 'playwright install'",
        "sudo apt-get install chromium (eller ange CHROMIUM_PATH); kör aldrig 'playwright install'",
    )


def chromium_path() -> str | None:
    configured = os.environ.get("CHROMIUM_PATH")
    for candidate in ([configured] if configured else []) + list(CHROMIUM_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")

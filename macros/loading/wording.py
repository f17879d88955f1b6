"""The one language of every message to editors: Finnish, or Swedish when
the environment variable LANG starts with "sv" (e.g. LANG=sv_FI.UTF-8).

Read at every call, not at import: `make check`, `make serve` and the
build's subprocess all inherit LANG, and tests switch it per test.
"""

from __future__ import annotations

import os

FINNISH, SWEDISH = "fi", "sv"


def message_language() -> str:
    """'sv' when LANG starts with 'sv', otherwise 'fi'."""
    return SWEDISH if os.environ.get("LANG", "").lower().startswith("sv") else FINNISH


def say(fi: str, sv: str) -> str:
    """The text in the editor's language."""
    return sv if message_language() == SWEDISH else fi

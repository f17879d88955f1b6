"""What the shared record controls (controls.html) and the script's base
(lib/record-tool.js) need, in the page's language."""

from __future__ import annotations

from ..limits import LIMITS

# Interface texts every record tool's script uses; each tool adds its own prefix.
SHARED_PREFIXES = ("rt_", "storage_", "io_")


def script_strings(ui: dict, prefixes: tuple[str, ...]) -> dict:
    """The interface texts whose keys start with one of `prefixes`."""
    return {key: text for key, text in ui.items() if key.startswith(prefixes)}


def record_context(dom_id: str, ui: dict, **texts: str) -> dict:
    """`rt` in the templates. texts: the tool's own wording of manage_intro,
    print, clear_question and import_rules."""
    expected = {"manage_intro", "print", "clear_question", "import_rules"}
    if set(texts) != expected:
        raise ValueError(f"record texts must be exactly {sorted(expected)}, not {sorted(texts)}")
    return {"id": dom_id, "ui": ui, "texts": texts, "limits": LIMITS}

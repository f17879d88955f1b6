"""What the shared record controls (controls.html) and the script's base
(lib/record-tool.js) need, in the page's language."""

from __future__ import annotations

from ..limits import LIMITS

# Interface texts every record tool's script uses; each tool adds its own prefix.
SHARED_PREFIXES = ("rt_", "storage_", "io_")


def script_strings(ui: dict, prefixes: tuple[str, ...]) -> dict:
    """The interface texts whose keys start with one of `prefixes`."""
    return {key: text for key, text in ui.items() if key.startswith(prefixes)}


# The tool's own wording of the shared controls: ui keys <prefix><name>.
OWN_TEXTS = ("manage_intro", "print", "clear_question", "import_rules")


def record_context(dom_id: str, ui: dict, prefix: str) -> dict:
    """`rt` in the templates: the root's id, the texts and limits; the tool's own
    wording comes from ui keys such as "sa_manage_intro" (prefix "sa_")."""
    return {"id": dom_id, "ui": ui, "texts": {name: ui[prefix + name] for name in OWN_TEXTS}, "limits": LIMITS}

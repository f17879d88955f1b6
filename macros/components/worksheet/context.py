"""What the worksheet template and script need, in the page's language."""

from __future__ import annotations

from ...links import link_from
from ...loading.ui import ui_strings
from ..limits import LIMITS
from ..record_tool.context import SHARED_PREFIXES, record_context, script_strings
from . import model
from .kinds import CHECKLIST_KIND, field_context

# Interface texts the script uses; the template reads the rest from `ui`.
SCRIPT_STRINGS_PREFIXES = SHARED_PREFIXES + ("ws_", "code_", "plan_")
BLANK_ROWS = 2  # empty rows a printed blank form offers under the preset ones


def part_anchor(worksheet_id: str, part_id: str) -> str:
    """The stable anchor of a part, for links from guides: #ws-<worksheet>-<part>."""
    return f"ws-{worksheet_id}-{part_id}"


def build(worksheet_id: str, page) -> dict:
    """`page` has .lang, .url and .lang_prefix (see macros/languages.py)."""
    worksheet = model.load(worksheet_id)
    lang = page.lang
    ui = ui_strings(lang)
    parts = [
        {
            "id": part.id,
            "anchor": part_anchor(worksheet.id, part.id),
            "title": part.title[lang],
            "intro": part.intro[lang] if part.intro else "",
            "guide_url": link_from(page.url, page.lang_prefix, part.guide) if part.guide else "",
            "fields": [field_context(field, lang) for field in part.fields],
        }
        for part in worksheet.parts
    ]
    config = {
        "tool": worksheet.id,
        "version": worksheet.version,
        "kind": worksheet.kind,
        "lang": lang,
        "title": worksheet.title[lang],
        "parts": [{"id": p["id"], "title": p["title"], "fields": p["fields"]} for p in parts],
        # The wording of items no longer asked, shown beside a reader's kept answer.
        "retired": {item.id: item.text[lang] for item in worksheet.retired},
        "limits": LIMITS,
        "strings": script_strings(ui, SCRIPT_STRINGS_PREFIXES),
    }
    return {
        "tool": {"id": worksheet.id, "kind": worksheet.kind, "description": worksheet.description[lang]},
        "lang": lang,
        "ui": ui,
        "limits": LIMITS,
        "parts": parts,
        "blank_rows": BLANK_ROWS,
        "check_count": sum(1 for f in worksheet.fields() if f.kind == CHECKLIST_KIND),
        "config": config,
        "rt": record_context(f"ws-{worksheet.id}", ui, "ws_"),
    }

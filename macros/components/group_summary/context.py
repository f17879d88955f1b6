"""What the group summary needs: the self-assessment's statements and scale,
in the page's language. The files themselves never leave the browser."""

from __future__ import annotations

from ...loading.ui import ui_strings
from ..limits import LIMITS
from ..self_assessment import model as self_assessment

SCRIPT_STRINGS_PREFIXES = ("gs_", "io_", "code_")


def build(tool_id: str, page) -> dict:
    tool, scale = self_assessment.with_scale(tool_id)
    lang = page.lang
    ui = ui_strings(lang)
    sections = [
        {"id": s.id, "title": s.title[lang], "items": [{"id": i.id, "text": i.text[lang]} for i in s.items]}
        for s in tool.sections
    ]
    levels = [{"value": level.value, "label": level.label[lang]} for level in scale.levels]
    config = {
        "tool": tool.id,
        "code": tool.code,
        "version": tool.version,
        # Other self-assessments by answer code: a code of one of them is named, not just refused.
        "others": {other.code: other.title[lang] for other in self_assessment.load_all() if other.id != tool.id},
        "lang": lang,
        "title": tool.title[lang],
        "levels": levels,
        "unknown": scale.unknown[lang],
        "sections": sections,
        "limits": LIMITS,
        "strings": {k: v for k, v in ui.items() if k.startswith(SCRIPT_STRINGS_PREFIXES)},
    }
    return {
        "tool": {"id": tool.id, "title": tool.title[lang]},
        "ui": ui,
        "levels": levels,
        "unknown": scale.unknown[lang],
        "config": config,
    }

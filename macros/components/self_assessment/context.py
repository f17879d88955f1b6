"""What the self-assessment template and script need, in the page's language."""

from __future__ import annotations

from ...links import link_from, page_calling
from ...loading.ui import fill, ui_strings
from ..limits import LIMITS
from ..record_tool.context import SHARED_PREFIXES, record_context, script_strings
from ..worksheet.model import prefill_page
from . import model

# Interface texts the script uses; the template reads the rest from `ui`.
SCRIPT_STRINGS_PREFIXES = SHARED_PREFIXES + ("sa_",)


def build(tool_id: str, page) -> dict:
    """`page` has .lang, .url and .lang_prefix (see macros/main.py)."""
    tool, scale = model.with_scale(tool_id)
    lang = page.lang
    ui = ui_strings(lang)
    sections = [
        {
            "id": s.id,
            "title": s.title[lang],
            "advice": s.advice[lang],
            "url": link_from(page.url, page.lang_prefix, s.read_more),
            "items": [{"id": i.id, "text": i.text[lang]} for i in s.items],
        }
        for s in tool.sections
    ]
    levels = scale.levels
    # Results can start the action plan with the weakest sections as rows.
    plan = prefill_page()
    action_plan = link_from(page.url, page.lang_prefix, plan) if plan else ""
    # Answers are handed in as a link to the page with this tool's group summary.
    summary = page_calling(f'group_summary("{tool.id}")')
    group_summary = link_from(page.url, page.lang_prefix, summary) if summary else ""
    config = {
        "tool": tool.id,
        "code": tool.code,
        "title": tool.title[lang],
        "version": tool.version,
        "group_summary": group_summary,
        "lang": lang,
        "values": [level.value for level in levels],
        "min": levels[0].value,
        "max": levels[-1].value,
        "sections": [
            {k: s[k] for k in ("id", "title", "advice", "url")} | {"items": [i["id"] for i in s["items"]]}
            for s in sections
        ],
        "limits": LIMITS,
        "action_plan": action_plan,
        "strings": script_strings(ui, SCRIPT_STRINGS_PREFIXES),
    }
    return {
        "tool": {"id": tool.id, "version": tool.version, "description": tool.description[lang]},
        "levels": [{"value": level.value, "label": level.label[lang]} for level in levels],
        "unknown_label": scale.unknown[lang],
        "lang": lang,
        "ui": ui,
        "limits": LIMITS,
        "sections": sections,
        "item_count": sum(len(s["items"]) for s in sections),
        "scale_note": fill(
            ui["sa_scale_note"],
            min=levels[0].value,
            min_label=levels[0].label[lang],
            max=levels[-1].value,
            max_label=levels[-1].label[lang],
            unknown=scale.unknown[lang],
        ),
        "config": config,
        "action_plan": action_plan,
        "group_summary": group_summary,
        "rt": record_context(f"sa-{tool.id}", ui, "sa_"),
    }

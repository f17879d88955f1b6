"""Render data-driven components through Jinja templates in overrides/partials/."""
from __future__ import annotations

import posixpath
import re

from mkdocs.utils import get_relative_url

from . import data


def page_url_of(docs_path: str) -> str:
    """'rules/goals.md#actions' -> 'rules/goals/#actions' (directory URLs)."""
    path, _, anchor = docs_path.partition("#")
    stem = path[:-3]
    if stem == "index" or stem.endswith("/index"):
        url = stem[: -len("index")]
    else:
        url = stem + "/"
    return url + (f"#{anchor}" if anchor else "")


def link_from(page_url: str, lang_prefix: str, docs_path: str) -> str:
    """Relative URL from the current page to a docs path in the same language."""
    target = page_url_of(docs_path)
    path, _, anchor = target.partition("#")
    relative = get_relative_url(posixpath.join(lang_prefix, path) or ".", page_url or ".")
    if path.endswith("/") or path == "":
        relative = relative.rstrip("/") + "/"
    return relative + (f"#{anchor}" if anchor else "")


def _fill(template: str, **values) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def self_assessment_context(tool_id: str, lang: str, page_url: str, lang_prefix: str) -> dict:
    tool = data.load_self_assessment(tool_id)
    scale = data.load_scales()[tool.scale]
    ui = data.ui_strings(lang)
    sections = [
        {
            "id": s.id,
            "title": s.title[lang],
            "advice": s.advice[lang],
            "url": link_from(page_url, lang_prefix, s.read_more),
            "items": [{"id": i.id, "text": i.text[lang]} for i in s.items],
        }
        for s in tool.sections
    ]
    levels = scale.levels
    config = {
        "tool": tool.id,
        "version": tool.version,
        "lang": lang,
        "values": [level.value for level in levels],
        "max": levels[-1].value,
        "sections": [{k: s[k] for k in ("id", "title", "advice", "url")} | {"items": [i["id"] for i in s["items"]]}
                     for s in sections],
        "strings": {k: v for k, v in ui.items() if k.startswith("sa_")},
    }
    return {
        "tool": tool,
        "scale": scale,
        "lang": lang,
        "ui": ui,
        "sections": sections,
        "item_count": sum(len(s["items"]) for s in sections),
        "scale_note": _fill(ui["sa_scale_note"], min_label=levels[0].label[lang], max=levels[-1].value,
                            max_label=levels[-1].label[lang], unknown=scale.unknown[lang]),
        "config": config,
    }


def compact(html: str) -> str:
    """Drop blank lines so Markdown keeps the rendered HTML as one raw block."""
    return "\n".join(line for line in html.splitlines() if line.strip())

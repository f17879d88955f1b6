"""Reading the Markdown sources: pairs, front matter, headings, macro calls."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGUAGES = ("fi", "sv")

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ANCHOR = re.compile(r"\{#([A-Za-z0-9_-]+)[^}]*\}")
MACRO_CALL = re.compile(r"\{\{\s*([a-z_]+)\((.*?)\)\s*\}\}")
FENCE = re.compile(r"^(```|~~~)")


@dataclass
class Page:
    path: Path
    meta: dict
    body: str

    def headings(self):
        """[(level, text, explicit_id)] outside fenced code blocks."""
        found, in_fence = [], False
        for line in self.body.splitlines():
            if FENCE.match(line.strip()):
                in_fence = not in_fence
                continue
            match = None if in_fence else HEADING.match(line)
            if match:
                anchor = ANCHOR.search(match.group(2))
                found.append((len(match.group(1)), match.group(2), anchor.group(1) if anchor else None))
        return found

    def macro_calls(self):
        return [(m.group(1), m.group(2)) for m in MACRO_CALL.finditer(self.body)]


def read_page(path: Path) -> Page:
    text = path.read_text(encoding="utf-8")
    meta, body = {}, text
    if text.startswith("---\n"):
        end = text.index("\n---", 4)
        meta = yaml.safe_load(text[4:end]) or {}
        body = text[end + 4:]
    return Page(path, meta, body)


def relative_pages(lang: str) -> set[str]:
    base = DOCS / lang
    return {p.relative_to(base).as_posix() for p in base.rglob("*.md")}


def all_pages():
    for lang in LANGUAGES:
        for rel in sorted(relative_pages(lang)):
            yield lang, rel

"""The one-page handout: every rule's title and key questions, read from the
rule pages themselves (docs/<lang>/rules/*.md), so it never drifts from them."""

from __future__ import annotations

import re

from ... import paths
from ...loading.errors import DataError
from ...loading.ui import ui_strings
from ...loading.wording import say

KEY_QUESTIONS = 3  # per rule: the handout must fit two printed A4 sides
ORDER_FROM = "index.md"  # the rules' order is the order of their links on the overview page
ITEM = re.compile(r"^- (.+)$")
ATTRIBUTES = re.compile(r"\s*\{:[^}]*\}\s*$")


def _plain(markdown: str) -> str:
    """A list item as text: links keep their words, emphasis marks go."""
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"(\*\*|__|`)(.+?)\1", r"\2", ATTRIBUTES.sub("", text))
    return text.strip()


def _rule(path, lang: str) -> dict:
    lines = path.read_text(encoding="utf-8").splitlines()
    title = next((line[2:].strip() for line in lines if line.startswith("# ")), None)
    start = next((i for i, line in enumerate(lines) if line.startswith("## ") and "{#questions}" in line), None)
    if title is None or start is None:
        raise DataError(
            path,
            None,
            "",
            say(
                "pelisääntösivulta puuttuu otsikko tai kohta {#questions}",
                "spelregelns sida saknar rubrik eller avsnittet {#questions}",
            ),
        )
    questions = []
    for line in lines[start + 1 :]:
        if line.startswith("## "):
            break
        item = ITEM.match(line)
        if item:
            questions.append(_plain(item.group(1)))
    return {"title": re.sub(r"\s*\{#[^}]*\}", "", title), "slug": path.stem, "questions": questions[:KEY_QUESTIONS]}


def build(folder: str, page) -> dict:
    """`folder` is the rules' folder under docs/<lang>/, e.g. "rules"."""
    lang = page.lang
    base = paths.DOCS_DIR / lang / folder
    overview = (base / ORDER_FROM).read_text(encoding="utf-8") if (base / ORDER_FROM).is_file() else ""
    linked = re.findall(r"\]\(([\w-]+)\.md", overview)
    order = [name for name in dict.fromkeys(linked) if (base / f"{name}.md").is_file()]
    order += sorted(p.stem for p in base.glob("*.md") if p.stem not in order and p.name != ORDER_FROM)
    return {"ui": ui_strings(lang), "rules": [_rule(base / f"{name}.md", lang) for name in order]}

"""The rules handout: every rule with its key questions, on two printed A4 sides at most."""

from __future__ import annotations

import re

import pytest

from macros.components.rules_handout.context import KEY_QUESTIONS
from macros.languages import LANG_ROOTS as LANG_ROOT
from macros.paths import DOCS_DIR

pytestmark = pytest.mark.browser


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_handout_has_every_rule_and_fits_two_a4_sides(context, site, lang):
    rules = sorted(p for p in (DOCS_DIR / lang / "rules").glob("*.md") if p.name != "index.md")
    page = context.new_page()
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}trainers/handout/")
    titles = page.locator(".handout__title").all_inner_texts()
    assert len(titles) == len(rules) >= 10
    for rule in rules:
        title = next(
            line[2:].strip() for line in rule.read_text(encoding="utf-8").splitlines() if line.startswith("# ")
        )
        assert title in titles, title
    counts = [page.locator(".handout__rule").nth(i).locator("li").count() for i in range(len(rules))]
    assert all(0 < count <= KEY_QUESTIONS for count in counts), counts
    page.emulate_media(media="print")
    pages = pdf_pages(page.pdf(format="A4", print_background=False))
    assert 1 <= pages <= 2, f"the handout prints on {pages} A4 pages"

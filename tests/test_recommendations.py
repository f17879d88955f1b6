"""A self-assessment's recommendation leads to the section of a page that
matches it, not to the top of a page or its closing questions."""

from __future__ import annotations

import re

import pytest

from macros.components.self_assessment import model
from macros.languages import LANGUAGES
from macros.paths import DOCS_DIR

# Sections every guide and rule page ends with: not where advice on one topic is.
CLOSING_SECTIONS = {"questions", "read-next"}
# A guide read as a whole (e.g. the learning community) may be linked without a section.
WHOLE_PAGES = {"guides/learning-community.md"}


@pytest.mark.parametrize("tool", model.load_all(), ids=lambda tool: tool.id)
def test_read_more_points_at_a_matching_section(tool):
    for section in tool.sections:
        path, _, anchor = section.read_more.partition("#")
        if not anchor:
            assert path in WHOLE_PAGES, f"{tool.id}/{section.id}: {section.read_more} has no section (#anchor)"
            continue
        assert anchor not in CLOSING_SECTIONS, f"{tool.id}/{section.id}: {section.read_more} is a closing section"
        for lang in LANGUAGES:
            text = (DOCS_DIR / lang / path).read_text(encoding="utf-8")
            assert re.search(r"\{#" + re.escape(anchor) + r"[ }]", text), (
                f"{tool.id}/{section.id}: docs/{lang}/{path} has no section #{anchor}"
            )

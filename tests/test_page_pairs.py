"""Pages pair by path, and the pair has the same structure (like FastAPI's translation checks)."""
from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml

from .pages import DOCS, all_pages, read_page, relative_pages


def test_every_page_exists_in_both_languages():
    only_fi = sorted(relative_pages("fi") - relative_pages("sv"))
    only_sv = sorted(relative_pages("sv") - relative_pages("fi"))
    problems = [f"docs/fi/{p} has no Swedish pair docs/sv/{p}" for p in only_fi]
    problems += [f"docs/sv/{p} has no Finnish pair docs/fi/{p}" for p in only_sv]
    assert not problems, "\n".join(problems)


PAIRS = sorted(relative_pages("fi") & relative_pages("sv"))


@pytest.mark.parametrize("rel", PAIRS)
def test_pair_has_same_headings_anchors_and_macros(rel):
    fi, sv = read_page(DOCS / "fi" / rel), read_page(DOCS / "sv" / rel)
    fi_shape = [(level, anchor) for level, _, anchor in fi.headings()]
    sv_shape = [(level, anchor) for level, _, anchor in sv.headings()]
    assert fi_shape == sv_shape, (
        f"docs/fi/{rel} and docs/sv/{rel} differ in headings (level, explicit id):\n"
        f"fi: {fi_shape}\nsv: {sv_shape}"
    )
    assert fi.macro_calls() == sv.macro_calls(), f"docs/*/{rel}: different macro calls"


@pytest.mark.parametrize("lang,rel", list(all_pages()))
def test_front_matter_and_single_h1(lang, rel):
    page = read_page(DOCS / lang / rel)
    where = f"docs/{lang}/{rel}"
    assert page.meta.get("title"), f"{where}: front matter needs a title"
    description = page.meta.get("description") or ""
    assert 50 <= len(description) <= 200, f"{where}: description should be 50–200 characters, is {len(description)}"
    updated = page.meta.get("updated")
    assert isinstance(updated, dt.date), f"{where}: front matter needs 'updated: YYYY-MM-DD'"
    h1 = [h for h in page.headings() if h[0] == 1]
    assert len(h1) == 1, f"{where}: exactly one H1 expected, found {len(h1)}"
    levels = [h[0] for h in page.headings()]
    for before, after in zip(levels, levels[1:]):
        assert after <= before + 1, f"{where}: heading level jumps from h{before} to h{after}"


@pytest.mark.parametrize("lang,rel", list(all_pages()))
def test_sections_have_explicit_ids(lang, rel):
    page = read_page(DOCS / lang / rel)
    missing = [text for level, text, anchor in page.headings() if level == 2 and not anchor]
    assert not missing, f"docs/{lang}/{rel}: H2 headings without an explicit {{#id}}: {missing}"



def _tool_pages():
    for lang, rel in all_pages():
        tools = re.findall(r'self_assessment\("([\w-]+)"\)', (DOCS / lang / rel).read_text(encoding="utf-8"))
        if len(tools) == 1:
            yield lang, rel, tools[0]


@pytest.mark.parametrize("lang,rel,tool", list(_tool_pages()))
def test_stated_statement_counts_match_the_data(lang, rel, tool):
    """'19 väittämää' / '19 påståenden' on a tool page must follow the data file."""
    text = (DOCS / lang / rel).read_text(encoding="utf-8")
    data = yaml.safe_load((DOCS.parent / "data" / "self-assessments" / f"{tool}.yml").read_text(encoding="utf-8"))
    count = sum(len(section["items"]) for section in data["sections"])
    stated = {int(n) for n in re.findall(r"(\d+) (?:väittämä|påstående)", text)}
    assert stated == {count}, f"docs/{lang}/{rel} states {sorted(stated)} statements, data/self-assessments/{tool}.yml has {count}"

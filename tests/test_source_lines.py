"""Every guide and rule section says what it rests on: a source line or the site's own advice."""

from __future__ import annotations

import pytest

from macros.editor_checks import source_lines

from .paths import DOCS


@pytest.mark.parametrize(
    "lang,path", list(source_lines.checked_pages(DOCS)), ids=lambda value: getattr(value, "name", value)
)
def test_every_section_has_a_source_line_or_own_advice(lang, path):
    problems = source_lines.check_source_lines(path, source_lines.sources_anchors(DOCS, lang))
    assert not problems, "\n".join(map(str, problems))


def test_guides_and_rules_are_checked():
    checked = {(lang, path.parent.name) for lang, path in source_lines.checked_pages(DOCS)}
    assert checked == {(lang, folder) for lang in ("fi", "sv") for folder in source_lines.CHECKED_FOLDERS}


PAGE = """---
title: Koe
description: Sivu, jolla on yksi merkitty osio ja yksi osio, jolta merkintä puuttuu.
updated: 2026-12-05
---

# Koe

## Merkitty {#marked}

Tekstiä.

Lähde: [Pelisäännöt, kohta 1](../sources.md#source-rules-of-the-game-1) – tavoitteiden kirjaaminen.
{ .source-line }

## Merkitsemätön {#planted}

Tekstiä ilman lähdettä.

## Oma {#own}

- Kysymys?

Tämä osio on sivuston oma ehdotus, ei lähteiden sisältöä.
{ .own-advice }
"""
ANCHORS = {"source-rules-of-the-game", "source-rules-of-the-game-1"}


def test_planted_section_without_marker_is_named_with_file_line_and_heading(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    problems = source_lines.check_source_lines(page, ANCHORS)
    assert len(problems) == 1, problems
    planted_line = PAGE.splitlines().index("## Merkitsemätön {#planted}") + 1
    assert problems[0].line == planted_line
    assert "Merkitsemätön" in problems[0].message and "page.md" in problems[0].path
    assert "{#planted}" not in problems[0].message


def test_message_is_in_swedish_when_lang_is_swedish(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    [problem] = source_lines.check_source_lines(page, ANCHORS)
    assert "avsnittet 'Merkitsemätön' saknar en källrad" in problem.message


@pytest.mark.parametrize(
    "line,expected",
    [
        # A source named without the part meant.
        ("Lähde: [Pelisäännöt](../sources.md#source-rules-of-the-game-1).", "ei kerro, mitä lähteestä on käytetty"),
        # A part that the sources page does not have.
        (
            "Lähde: [Pelisäännöt, kohta 11](../sources.md#source-rules-of-the-game-11) – kohdan sisältö.",
            "#source-rules-of-the-game-11",
        ),
        # No link to the sources page at all.
        ("Lähde: pelisäännöt, kohta 1 – tavoitteiden kirjaaminen.", "ei linkitä lähdesivun kohtaan"),
    ],
)
def test_source_line_must_link_a_listed_part_and_say_what_was_used(tmp_path, line, expected):
    page = tmp_path / "page.md"
    page.write_text(
        PAGE.replace("Tekstiä ilman lähdettä.", f"Tekstiä.\n\n{line}\n{{ .source-line }}"), encoding="utf-8"
    )
    problems = source_lines.check_source_lines(page, ANCHORS)
    assert [p for p in problems if expected in p.message], problems


def test_marker_must_end_the_section(tmp_path):
    text = PAGE.replace(
        "- Kysymys?\n\nTämä osio on sivuston oma ehdotus, ei lähteiden sisältöä.\n{ .own-advice }\n",
        "Tämä osio on sivuston oma ehdotus, ei lähteiden sisältöä.\n{ .own-advice }\n\n- Kysymys?\n",
    )
    text = text.replace("Tekstiä ilman lähdettä.", "Tekstiä.\n\nTämä osio on sivuston oma ehdotus.\n{ .own-advice }")
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    [problem] = source_lines.check_source_lines(page, ANCHORS)
    assert "viimeinen kappale" in problem.message


def test_marker_in_a_code_example_does_not_count(tmp_path):
    text = PAGE.replace("Tekstiä ilman lähdettä.", "```\nTämä osio on sivuston oma ehdotus.\n{ .own-advice }\n```")
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    assert len(source_lines.check_source_lines(page, ANCHORS)) == 1


def test_every_source_line_anchor_is_listed_on_both_sources_pages():
    """Part ids pair: a Finnish and a Swedish page link the same parts."""
    assert source_lines.sources_anchors(DOCS, "fi") == source_lines.sources_anchors(DOCS, "sv")


def test_make_check_lists_a_planted_section_without_a_marker(tmp_path, monkeypatch):
    """scripts/check.py (make check) runs this check on every guide and rule page of a copy."""
    import importlib.util

    from .project_copy import copy_project

    project = copy_project(tmp_path)
    rule = project / "docs" / "sv" / "rules" / "goals.md"
    text = rule.read_text(encoding="utf-8")
    rule.write_text(text + "\n## Planterat avsnitt {#planted}\n\nText utan källa.\n", encoding="utf-8")
    fi_rule = project / "docs" / "fi" / "rules" / "goals.md"
    fi_rule.write_text(
        fi_rule.read_text(encoding="utf-8")
        + "\n## Istutettu osio {#planted}\n\nTekstiä.\n\nTämä osio on sivuston oma ehdotus, ei lähteiden sisältöä.\n{ .own-advice }\n",
        encoding="utf-8",
    )
    spec = importlib.util.spec_from_file_location("check_copy", project / "scripts" / "check.py")
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    monkeypatch.setattr(check, "DOCS", project / "docs")
    monkeypatch.setattr(check, "DATA", project / "data")
    planted_line = len(text.splitlines()) + 2
    listed = [p for p in check.page_problems() if "Planterat" in p or "Istutettu" in p]
    assert len(listed) == 1, listed
    assert listed[0].endswith(
        f"docs/sv/rules/goals.md, rivi {planted_line}: osiosta 'Planterat avsnitt' puuttuu "
        "lähderivi tai merkintä sivuston omasta ehdotuksesta: lisää osion loppuun kappale ja "
        "sen alle rivi { .source-line } tai { .own-advice } (katso editors.md)"
    ), listed

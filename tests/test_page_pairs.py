"""Pages pair by path and share their structure; each page is well formed.

The checks live in macros/editor_checks/content.py, shared with `make check`.
"""

from __future__ import annotations

import re

import pytest

from macros.editor_checks import content as checks

from .paths import DATA, DOCS

PAGES = list(checks.all_pages(DOCS))
PAIRS = sorted(checks.relative_pages(DOCS, "fi") & checks.relative_pages(DOCS, "sv"))


def assert_no_problems(problems):
    assert not problems, "\n".join(str(p) for p in problems)


def test_every_page_exists_in_both_languages():
    assert_no_problems(checks.check_pairs_exist(DOCS))


@pytest.mark.parametrize("rel", PAIRS)
def test_pair_has_same_headings_anchors_and_macros(rel):
    assert_no_problems(checks.check_pair_structure(DOCS, rel))


@pytest.mark.parametrize("lang,rel", PAGES)
def test_page_front_matter_headings_and_ids(lang, rel):
    assert_no_problems(checks.check_page(DOCS / lang / rel))


@pytest.mark.parametrize("lang,rel", PAGES)
def test_stated_statement_counts_match_the_data(lang, rel):
    assert_no_problems(checks.check_stated_counts(DOCS / lang / rel, DATA))


# The checks themselves must catch what they claim to catch.


def line_of(text: str, start: str) -> int:
    """The 1-based number of the first line of `text` that starts with `start`."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


GOOD = """---
title: Otsikko
description: Tämä kuvaus on tarpeeksi pitkä, jotta se kelpaa sivun kuvaukseksi hakukoneille.
---

# Otsikko

## Osa {#part}

Tekstiä.
"""


def test_missing_pair_is_named(tmp_path):
    write(tmp_path / "fi" / "a.md", GOOD)
    (tmp_path / "sv").mkdir()
    problems = checks.check_pairs_exist(tmp_path)
    assert [p.path for p in problems] == ["docs/fi/a.md"] and "docs/sv/a.md" in problems[0].message


def test_missing_pair_is_named_in_one_language(tmp_path, monkeypatch):
    """Finnish by default; Swedish when LANG starts with sv; never both."""
    write(tmp_path / "fi" / "a.md", GOOD)
    (tmp_path / "sv").mkdir()
    assert [str(p) for p in checks.check_pairs_exist(tmp_path)] == [
        "docs/fi/a.md: ruotsinkielinen pari docs/sv/a.md puuttuu"
    ]
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    assert [str(p) for p in checks.check_pairs_exist(tmp_path)] == [
        "docs/fi/a.md: den svenska motsvarigheten docs/sv/a.md saknas"
    ]


def test_different_anchor_in_pair_is_named_in_one_language(tmp_path, monkeypatch):
    write(tmp_path / "fi" / "a.md", GOOD)
    write(tmp_path / "sv" / "a.md", GOOD.replace("{#part}", "{#del}"))
    line = line_of(GOOD, "## Osa")
    assert str(checks.check_pair_structure(tmp_path, "a.md")[0]) == (
        f"docs/sv/a.md, rivi {line}: otsikko 2 on h2 {{#del}}, suomeksi h2 {{#part}} (rivi {line})"
    )
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    assert str(checks.check_pair_structure(tmp_path, "a.md")[0]) == (
        f"docs/sv/a.md, rad {line}: rubrik 2 är h2 {{#del}}, på finska h2 {{#part}} (rad {line})"
    )


def test_different_anchor_in_pair_is_named_with_line(tmp_path):
    write(tmp_path / "fi" / "a.md", GOOD)
    write(tmp_path / "sv" / "a.md", GOOD.replace("{#part}", "{#del}"))
    problems = checks.check_pair_structure(tmp_path, "a.md")
    assert len(problems) == 1 and problems[0].line == line_of(GOOD, "## Osa") and "{#del}" in problems[0].message


def test_skipped_level_and_missing_id_are_found(tmp_path):
    text = GOOD + "\n#### Liian syvä\n\n## Ilman tunnistetta\n"
    write(tmp_path / "fi" / "a.md", text)
    messages = [str(p) for p in checks.check_page(tmp_path / "fi" / "a.md")]
    assert any("h2 → h4" in m and f"rivi {line_of(text, '#### Liian')}" in m for m in messages), messages
    assert any("Ilman tunnistetta" in m and f"rivi {line_of(text, '## Ilman')}" in m for m in messages), messages


def test_stated_count_that_drifted_from_data(tmp_path):
    write(tmp_path / "data" / "self-assessments" / "t.yml", "sections:\n  - items: [a, b, c]\n")
    text = GOOD + '\nVäittämiä on 4.\n\n4 väittämää.\n\n{{ self_assessment("t") }}\n'
    write(tmp_path / "fi" / "t.md", text)
    problems = checks.check_stated_counts(tmp_path / "fi" / "t.md", tmp_path / "data")
    assert len(problems) == 1 and problems[0].line == line_of(text, "4 väittämää") and "3" in problems[0].message


MARKS = {"fi": '!!! example "Kuvitteellinen esimerkki"', "sv": '!!! example "Fiktivt exempel"'}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_illustrative_case_is_marked_as_one(lang):
    page = checks.Page(DOCS / lang / "guides" / "cases.md")
    lines = page.body.splitlines()
    cases = [i for i, line in enumerate(lines) if re.match(r"^## .*\{#case-[\w-]+\}", line)]
    assert len(cases) >= 3
    for index in cases:
        following = next(line for line in lines[index + 1 :] if line.strip())
        assert following.strip() == MARKS[lang], f"{lines[index]}: not marked as an illustration"

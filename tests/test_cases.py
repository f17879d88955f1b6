"""The illustrative cases (guides/cases.md): each is 300–500 words and
names what was difficult, the two languages use the same rules in each case,
and together the cases link every one of the ten rules."""

from __future__ import annotations

import re

import pytest

from .paths import DOCS

LANGS = ["fi", "sv"]
DIFFICULTY = {"fi": "**Mikä oli vaikeaa.**", "sv": "**Det här var svårt.**"}
RULES = sorted(p.name for p in (DOCS / "fi" / "rules").glob("*.md") if p.name != "index.md")
CASE_HEADING = re.compile(r"^## .*\{#(case-[\w-]+)\}\s*$")
MARKER = re.compile(r"^(\{ \.[\w-]+ \}|!!! .*|(Tämä osio on sivuston|Det här avsnittet är webbplatsens) .*)$")


def cases(lang: str) -> dict[str, str]:
    """Case anchor -> the text of its section."""
    found, current = {}, None
    for line in (DOCS / lang / "guides" / "cases.md").read_text(encoding="utf-8").splitlines():
        heading = CASE_HEADING.match(line)
        if heading:
            current = heading.group(1)
            found[current] = ""
        elif line.startswith("## "):
            current = None
        elif current:
            found[current] += line + "\n"
    return found


def words(text: str) -> int:
    """Words a reader reads: link targets and the marker lines left out."""
    text = "\n".join(line for line in text.splitlines() if not MARKER.match(line.strip()))
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return sum(1 for word in text.split() if re.search(r"\w", word))


def rules_linked(text: str) -> set[str]:
    return set(re.findall(r"\]\(\.\./rules/([\w-]+\.md)", text))


@pytest.mark.parametrize("lang", LANGS)
def test_each_case_is_300_to_500_words_and_names_a_difficulty(lang):
    found = cases(lang)
    assert len(found) >= 5, f"{lang}: {len(found)} cases"
    for anchor, text in found.items():
        assert 300 <= words(text) <= 500, f"{lang} {anchor}: {words(text)} words"
        assert DIFFICULTY[lang] in text, f"{lang} {anchor}: no {DIFFICULTY[lang]}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_cases_together_use_all_ten_rules(lang):
    used = set().union(*(rules_linked(text) for text in cases(lang).values()))
    assert len(RULES) == 10
    assert used == set(RULES), f"{lang}: not used {sorted(set(RULES) - used)}"


def test_both_languages_use_the_same_rules_in_each_case():
    fi, sv = cases("fi"), cases("sv")
    assert list(fi) == list(sv)
    for anchor in fi:
        assert rules_linked(fi[anchor]) == rules_linked(sv[anchor]), anchor

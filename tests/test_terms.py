"""The Swedish pages and data use Finland-Swedish terms, not Sweden's."""

from __future__ import annotations

import pytest

from macros.editor_checks.terms import TERMS, check_terms

from .paths import DATA, DOCS, ROOT


@pytest.mark.parametrize(
    "path", sorted((DOCS / "sv").rglob("*.md")) + sorted(DATA.rglob("*.yml")), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_sweden_swedish_terms(path):
    problems = check_terms(path)
    assert not problems, "\n".join(map(str, problems))


def test_each_term_is_found_with_its_replacement(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "# Sida\n\nSkolan och elevhälsan samarbetar med förskolan.\nFörskoleundervisning är rätt.\n", encoding="utf-8"
    )
    problems = check_terms(page)
    assert [p.line for p in problems] == [3, 3]
    assert "elevvård" in problems[0].message and "daghem" in problems[1].message
    data = tmp_path / "tool.yml"
    data.write_text(
        "text: {fi: Oppilashuolto, sv: Elevhälsan}\nother:\n  fi: elevhälsa on ruotsia\n  sv: Elevvården\n",
        encoding="utf-8",
    )
    found = check_terms(data)
    assert [p.line for p in found] == [1], "only the Swedish value is read"
    assert len(TERMS) >= 10

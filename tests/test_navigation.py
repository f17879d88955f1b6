"""Both languages' navigations list the same pages; `make new-page` keeps it so."""

from __future__ import annotations

import shutil
import subprocess
import sys

from macros.editor_checks import navigation
from macros.editor_checks.content import check_page
from macros.paths import ROOT


def test_both_navigations_list_the_same_pages_in_the_same_order():
    assert navigation.check_nav_parity() == []
    navs = navigation.language_navs()
    pages = {p.relative_to(ROOT / "docs" / "fi").as_posix() for p in (ROOT / "docs" / "fi").rglob("*.md")}
    outside = navigation.not_in_nav()
    assert set(navs["fi"]) == pages - outside, "every page is in the navigation once, but those kept out on purpose"
    assert "editors.md" in outside and "editors.md" not in navs["fi"], (
        "the editors' guide is not in the readers' navigation"
    )


def test_a_difference_between_the_navigations_is_named(tmp_path):
    config = tmp_path / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    last = text.rindex("- rules/trust.md")  # drop one page from the Swedish navigation only
    config.write_text(text[:last] + text[last:].replace("- rules/trust.md\n", "", 1), encoding="utf-8")
    problems = navigation.check_nav_parity(config)
    assert len(problems) == 1 and "rules/trust.md" in problems[0].message


def test_new_page_creates_the_pair_and_both_navigation_entries(tmp_path):
    for part in ("docs", "mkdocs.yml", "scripts/new_page.py", "macros"):
        source, target = ROOT / part, tmp_path / part
        target.parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target)
    result = subprocess.run(
        [
            sys.executable,
            str(tmp_path / "scripts" / "new_page.py"),
            "guides/test-page",
            "--fi",
            "Testisivu",
            "--sv",
            "Testsida",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for lang in ("fi", "sv"):
        page = tmp_path / "docs" / lang / "guides" / "test-page.md"
        assert page.is_file()
        problems = check_page(page)  # front matter and headings pass; only the places to fill in are named
        assert problems and all("make new-page" in problem.message for problem in problems), problems
    navs = navigation.language_navs(tmp_path / "mkdocs.yml")
    assert navs["fi"] == navs["sv"] and navs["fi"].count("guides/test-page.md") == 1
    again = subprocess.run(
        [sys.executable, str(tmp_path / "scripts" / "new_page.py"), "guides/test-page", "--fi", "X", "--sv", "Y"],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 1 and "docs/fi/guides/test-page.md" in again.stdout

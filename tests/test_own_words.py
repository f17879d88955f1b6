"""Our pages are written in our own words: no run of 10 words from a source text."""
from __future__ import annotations

import pytest

from macros.checks import content as checks

from .paths import DATA, DOCS, ROOT

SEEDS = ROOT / "tests" / "fixtures" / "seeds"  # copies, so CI never skips this test
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def source_runs():
    found = checks.source_runs(SEEDS)
    assert found, f"no source text was read from {SEEDS}"
    return found


def test_overlap_detector_finds_a_copied_sentence(source_runs, tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    page = tmp_path / "copied.md"
    page.write_text("Johdanto. " + " ".join(checks.words(seed)[5:20]) + " Loppu.", encoding="utf-8")
    assert checks.check_own_words(page, source_runs)


@pytest.mark.parametrize("lang,rel", list(checks.all_pages(DOCS)))
def test_page_shares_no_long_run_with_sources(lang, rel, source_runs):
    problems = checks.check_own_words(DOCS / lang / rel, source_runs)
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yml")), ids=lambda p: p.name)
def test_data_shares_no_long_run_with_sources(path, source_runs):
    problems = checks.check_own_words(path, source_runs)
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="no shared source folder on this machine")
def test_fixture_copies_match_the_shared_sources():
    shared = {p.name: p.read_bytes() for p in SHARED_SEEDS.glob("*.txt")}
    copies = {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}
    assert shared == copies, f"tests/fixtures/seeds differs from {SHARED_SEEDS}: copy the files again"

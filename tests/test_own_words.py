"""Our pages are written in our own words: no run of 10 words from a source text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from .pages import DOCS, ROOT, all_pages

RUN = 10
SEEDS = ROOT / "tests" / "fixtures" / "seeds"  # copies, so CI never skips this test
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def runs(ws: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ws[i:i + RUN]) for i in range(len(ws) - RUN + 1)}


def seed_runs() -> set[tuple[str, ...]]:
    found = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        # The PDF extract breaks words with hyphens at line ends: join them.
        text = re.sub(r"-[ \t]*\n\s*", "", seed.read_text(encoding="utf-8"))
        found |= runs(words(text))
    return found


@pytest.fixture(scope="module")
def source_runs():
    found = seed_runs()
    assert found, "no source text was read"
    return found


def test_overlap_detector_finds_a_copied_sentence(source_runs):
    seed = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    copied = " ".join(words(seed)[5:20])
    assert runs(words(copied)) & source_runs


@pytest.mark.parametrize("lang,rel", list(all_pages()))
def test_page_shares_no_long_run_with_sources(lang, rel, source_runs):
    shared = runs(words((DOCS / lang / rel).read_text(encoding="utf-8"))) & source_runs
    assert not shared, f"docs/{lang}/{rel} copies source text: " + "; ".join(" ".join(r) for r in sorted(shared)[:3])


def test_self_assessment_data_shares_no_long_run_with_sources(source_runs):
    for path in sorted((ROOT / "data").rglob("*.yml")):
        shared = runs(words(path.read_text(encoding="utf-8"))) & source_runs
        assert not shared, f"{path.relative_to(ROOT)} copies source text: " + " ".join(sorted(shared)[0])


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="no shared source folder on this machine")
def test_fixture_copies_match_the_shared_sources():
    shared = {p.name: p.read_bytes() for p in SHARED_SEEDS.glob("*.txt")}
    copies = {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}
    assert shared == copies, f"tests/fixtures/seeds differs from {SHARED_SEEDS}: copy the files again"

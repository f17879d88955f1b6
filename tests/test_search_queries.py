"""The search query pairs (data/search-queries.yml) still fit the content:
their expected pages are what their `match` finds in the built site."""

from __future__ import annotations

import re

import pytest

from macros.languages import LANGUAGES
from macros.tooling.search_recall import HELD_OUT_QUERIES, QUERIES, derive_pages, load_pairs

FILES = {QUERIES: 30, HELD_OUT_QUERIES: 20}  # query pair file: at least this many pairs per language


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_enough_pairs_of_real_forms_per_language(path):
    pairs = load_pairs(path)
    for lang in LANGUAGES:
        own = [pair for pair in pairs if pair.lang == lang]
        assert len(own) >= FILES[path], f"{lang}: {len(own)} pairs"
        assert len({pair.base for pair in own}) == len(own), f"{lang}: a base form is listed twice"
    for pair in pairs:
        family = re.compile(pair.match)
        assert pair.base != pair.inflected, pair
        assert family.match(pair.base) and family.match(pair.inflected), (
            f"{pair.lang} {pair.base}/{pair.inflected}: match {pair.match!r} does not cover both forms"
        )


def test_held_out_pairs_are_not_tuning_pairs():
    """A word tuned on is no longer held out."""
    tuned = {(pair.lang, pair.base) for pair in load_pairs(QUERIES)}
    assert not [pair.base for pair in load_pairs(HELD_OUT_QUERIES) if (pair.lang, pair.base) in tuned]


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_expected_pages_are_derived_from_the_content(site, path):
    stale = []
    for pair in load_pairs(path):
        derived = derive_pages(site.dir, pair.lang, pair.match)
        assert derived, f"{pair.lang} {pair.base}: no page has the word any more; remove the pair"
        if list(pair.pages) != derived:
            stale.append(f"{pair.lang} {pair.base}: pages: [" + ", ".join(f'"{page}"' for page in derived) + "]")
    assert not stale, f"data/{path.name}: the content changed; update these pages:\n" + "\n".join(stale)

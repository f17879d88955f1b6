"""The search query pairs (data/search-queries.yml) still fit the content:
their expected pages are what their `match` finds in the built site."""
from __future__ import annotations

import re

from macros.tooling.search_recall import derive_pages, load_pairs
from macros.languages import LANGUAGES


def test_enough_pairs_of_real_forms_per_language():
    pairs = load_pairs()
    for lang in LANGUAGES:
        own = [pair for pair in pairs if pair.lang == lang]
        assert len(own) >= 30, f"{lang}: {len(own)} pairs"
        assert len({pair.base for pair in own}) == len(own), f"{lang}: a base form is listed twice"
    for pair in pairs:
        family = re.compile(pair.match)
        assert pair.base != pair.inflected, pair
        assert family.match(pair.base) and family.match(pair.inflected), \
            f"{pair.lang} {pair.base}/{pair.inflected}: match {pair.match!r} does not cover both forms"


def test_expected_pages_are_derived_from_the_content(site):
    stale = []
    for pair in load_pairs():
        derived = derive_pages(site.dir, pair.lang, pair.match)
        assert derived, f"{pair.lang} {pair.base}: no page has the word any more; remove the pair"
        if list(pair.pages) != derived:
            stale.append(f"{pair.lang} {pair.base}: pages: [" + ", ".join(f'"{page}"' for page in derived) + "]")
    assert not stale, "data/search-queries.yml: the content changed; update these pages:\n" + "\n".join(stale)

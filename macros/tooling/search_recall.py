"""Search recall on inflected words, measured through the site's real search worker.

data/search-queries.yml lists, per language, pairs of queries: a word's base
form and one inflected form (genitive, plural, definite, partitive, ...),
each with the pages that should be found. `measure_search_recall` sends
every query to the worker the pages start (search-worker.js: Material's
worker with our inflection patch, search-stemmed.js), fed with the
language's own built search index, and compares the pages found with the
listed ones.

Used by `make bench` (scripts/bench.py) and tests/browser/test_search.py:

    from macros.tooling.search_recall import measure, measure_search_recall
    scores = measure_search_recall(browser, "http://127.0.0.1:8000/")
    scores["sv"].inflected_recall  # 0.0 .. 1.0, with .missed and .extra pages
    measure(browser, "http://127.0.0.1:8000/")  # {"fi": {"recall_inflected": 0.98, ...}, "sv": ...}

The expected pages are derived from the built content (`derive_pages`): a
page should be found when a word of its indexed text starts like the word
in one of its forms (the pair's `match`, a regular expression matched at
the start of each word). tests/test_search_queries.py keeps the listed
pages equal to the derived ones, so the data file cannot drift from the
content without the tests saying so.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..languages import LANG_ROOTS, LANGUAGES
from ..paths import DATA_DIR

QUERIES = DATA_DIR / "search-queries.yml"
# Pairs never used to tune the search (issue 21): the honest recall figure.
HELD_OUT_QUERIES = DATA_DIR / "search-queries-held-out.yml"
LANG_ROOT = LANG_ROOTS  # the name the tests import
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class QueryPair:
    lang: str
    base: str  # the base form, e.g. "luottamus"
    inflected: str  # an inflected form, e.g. "luottamuksen"
    case: str  # which form the inflected one is, for the reader of the data
    match: str  # regular expression: the word in any form, matched at a word's start
    pages: tuple[str, ...]  # pages that should be found, relative to the language root


def load_pairs(path: Path = QUERIES) -> list[QueryPair]:
    """Every query pair of the data file, Finnish first."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pairs = []
    for lang in LANGUAGES:
        for entry in data.get(lang) or []:
            pairs.append(
                QueryPair(lang, entry["base"], entry["inflected"], entry["case"], entry["match"], tuple(entry["pages"]))
            )
    return pairs


def page_words(site_dir: Path, lang: str) -> dict[str, set[str]]:
    """The words (lower-cased) of each page in a language's built search index.

    A page is a location without its #fragment: Material groups the results
    of a page's sections under the page, as this does.
    """
    index_path = Path(site_dir) / LANG_ROOT[lang] / "search" / "search_index.json"
    docs = json.loads(index_path.read_text(encoding="utf-8"))["docs"]
    words: dict[str, set[str]] = {}
    for doc in docs:
        text = html.unescape(TAG.sub(" ", doc.get("title", "") + " " + doc.get("text", "")))
        words.setdefault(doc["location"].split("#")[0], set()).update(WORD.findall(text.lower()))
    return words


def derive_pages(site_dir: Path, lang: str, match: str) -> list[str]:
    """The pages with a word that starts like `match` (the expected pages of a pair)."""
    pattern = re.compile(match)
    return sorted(
        page for page, words in page_words(site_dir, lang).items() if any(pattern.match(word) for word in words)
    )


# Runs in a page of the site: starts the worker that Material starts (its
# address is in the page's configuration), sets it up with the language's
# index as Material does and sends each query as Material's search field
# does. The message format is Material's contract for search workers
# (SearchMessage: 0 setup, 2 query, 3 result).
RUN_QUERIES = """async (queries) => {
    const config = JSON.parse(document.getElementById("__config").textContent);
    const base = new URL(config.base, location.href);
    const index = await (await fetch(new URL("search/search_index.json", base))).json();
    const worker = new Worker(new URL(config.search, location.href));
    const send = (message) => new Promise((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage(message);
    });
    await send({type: 0, data: {config: index.config, docs: index.docs, options: {suggest: false}}});
    const found = {};
    for (const query of queries) {
        const result = await send({type: 2, data: query});
        found[query] = result.data.items.map((group) => {
            const page = group.find((item) => !item.location.includes("#")) || group[0];
            return page.location.split("#")[0];
        });
    }
    worker.terminate();
    return found;
}"""


def run_queries(browser, base_url: str, lang: str, queries: list[str]) -> dict[str, list[str]]:
    """The pages (relative to the language root, best first) the real worker finds for each query."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url + LANG_ROOT[lang])
        return page.evaluate(RUN_QUERIES, list(dict.fromkeys(queries)))
    finally:
        context.close()


@dataclass
class LanguageRecall:
    """Search quality of one language over its query pairs.

    Recall: of the pages that should be found, the share found (summed over
    the queries). Precision: of the pages found, the share that should be.
    """

    lang: str
    base_recall: float
    inflected_recall: float
    base_precision: float
    inflected_precision: float
    pairs: int
    # (query, pages that should have been found but were not), for reports
    missed: list[tuple[str, list[str]]] = field(default_factory=list)
    # (query, pages found that should not have been)
    extra: list[tuple[str, list[str]]] = field(default_factory=list)

    def figures(self) -> dict[str, float | int]:
        """The figures alone, for a report: shares 0.0 .. 1.0 and the number of pairs."""
        return {
            "recall_base": self.base_recall,
            "recall_inflected": self.inflected_recall,
            "precision_base": self.base_precision,
            "precision_inflected": self.inflected_precision,
            "pairs": self.pairs,
        }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def score(lang: str, pairs: list[QueryPair], found: dict[str, list[str]]) -> LanguageRecall:
    """Recall and precision of one language from the pages found per query."""
    totals = {"base": [0, 0, 0], "inflected": [0, 0, 0]}  # expected, expected and found, found
    missed, extra = [], []
    for pair in pairs:
        expected = set(pair.pages)
        for form, query in (("base", pair.base), ("inflected", pair.inflected)):
            got = set(found.get(query, []))
            totals[form][0] += len(expected)
            totals[form][1] += len(expected & got)
            totals[form][2] += len(got)
            if expected - got:
                missed.append((query, sorted(expected - got)))
            if got - expected:
                extra.append((query, sorted(got - expected)))
    return LanguageRecall(
        lang=lang,
        base_recall=_ratio(totals["base"][1], totals["base"][0]),
        inflected_recall=_ratio(totals["inflected"][1], totals["inflected"][0]),
        base_precision=_ratio(totals["base"][1], totals["base"][2]),
        inflected_precision=_ratio(totals["inflected"][1], totals["inflected"][2]),
        pairs=len(pairs),
        missed=missed,
        extra=extra,
    )


def measure_search_recall(browser, base_url: str, path: Path = QUERIES) -> dict[str, LanguageRecall]:
    """Recall per language for base and inflected forms, and precision for both.

    `browser`: a Playwright (sync API) Browser; `base_url`: the served built
    site's root, ending in "/" (e.g. "http://127.0.0.1:8000/"); `path`: the
    query pairs (data/search-queries.yml). Returns {"fi": LanguageRecall,
    "sv": LanguageRecall}.
    """
    pairs = load_pairs(path)
    scores = {}
    for lang in LANGUAGES:
        own = [pair for pair in pairs if pair.lang == lang]
        queries = [query for pair in own for query in (pair.base, pair.inflected)]
        scores[lang] = score(lang, own, run_queries(browser, base_url, lang, queries))
    return scores


def measure(browser, base_url: str, path: Path = QUERIES) -> dict[str, dict[str, float | int]]:
    """`measure_search_recall` as plain figures per language, for `make bench`:
    {"fi": {"recall_base", "recall_inflected", "precision_base",
    "precision_inflected": 0.0 .. 1.0, "pairs": n}, "sv": {...}}."""
    return {lang: scores.figures() for lang, scores in measure_search_recall(browser, base_url, path).items()}

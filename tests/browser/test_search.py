"""Search as a reader uses it, in both languages: inflected words are found
and not reported missing, the page opened from a result highlights what
matched, the tools' interface text is not indexed, glossary terms are found
one by one, and recall on the committed query pairs stays high.

Queries and expected pages come from the data (data/search-queries.yml,
data/scales.yml, data/self-assessments/, the glossary pages), never from
this file.
"""

from __future__ import annotations

import re

import pytest
import yaml

from macros.paths import DATA_DIR, DOCS_DIR
from macros.tooling.search_recall import (
    HELD_OUT_QUERIES,
    LANG_ROOT,
    QUERIES,
    load_pairs,
    measure_search_recall,
    page_words,
    run_queries,
)

pytestmark = pytest.mark.browser

RECALL_FLOOR = 0.90  # issue 12: at least 90 % of the expected pages for inflected queries
# Precision of base forms before inflection matching was widened (measured on
# main: fi 0.976, sv 0.936): finding more forms must not cost more than this.
PRECISION_FLOOR = 0.93
LANGS = ["fi", "sv"]
NONSENSE = "qzxqzvw"  # matches nothing in either language


def pairs_of(lang):
    return [pair for pair in load_pairs() if pair.lang == lang]


def open_page(context, site, lang, rel=""):
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.base_url + LANG_ROOT[lang] + rel)
    return page


def search(page, query):
    """Type into Material's search field and wait until the results settle.

    Focus first: search-on-demand.js fetches the index when the field gets
    focus. Material searches on key events, so the query is typed."""
    page.click(".md-search__input")
    page.keyboard.type(query, delay=15)
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    previous = None
    for _ in range(40):  # each keystroke renders results; wait for the last
        current = page.inner_html(".md-search-result__list")
        if current == previous:
            break
        previous = current
        page.wait_for_timeout(150)
    return page.eval_on_selector_all(".md-search-result__link", "links => links.map((a) => a.href)")


def section_notes(page):
    """The 'missing' notes (Material's search.result.term.missing) of the shown results."""
    return page.eval_on_selector_all(".md-search-result__terms", "notes => notes.map((n) => n.textContent)")


@pytest.mark.parametrize("lang", LANGS)
def test_inflected_words_are_not_reported_missing(context, site, lang):
    page = open_page(context, site, lang)
    for pair in pairs_of(lang)[:3]:
        page.fill(".md-search__input", "")
        links = search(page, pair.inflected)
        assert links, f"{lang}: {pair.inflected!r} found nothing"
        notes = section_notes(page)
        assert not notes, f"{lang}: {pair.inflected!r} is reported missing though it matched: {notes[:3]}"
    # A word that matches nothing is still reported, and only that word.
    pair = pairs_of(lang)[0]
    page.fill(".md-search__input", "")
    search(page, f"{pair.inflected} {NONSENSE}")
    notes = section_notes(page)
    assert notes and all(NONSENSE in note for note in notes), notes[:3]
    assert not any(pair.inflected in note for note in notes), notes[:3]


def page_of(link, site, lang):
    """A result link's page, relative to the language root ('rules/trust/')."""
    path = link.split("?")[0].split("#")[0]
    return path[len(site.base_url + LANG_ROOT[lang]) :]


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_opened_from_a_result_highlights_the_inflected_word(context, site, lang):
    """Follow a result to a page where the typed form does not occur, so only
    matching by stem or family can highlight anything there."""
    words = page_words(site.dir, lang)
    page = open_page(context, site, lang)
    for pair in pairs_of(lang):
        without = {rel for rel in pair.pages if pair.inflected not in words[rel]}
        if not without:
            continue
        page.fill(".md-search__input", "")
        url = next((link for link in search(page, pair.inflected) if page_of(link, site, lang) in without), None)
        if url:
            break
    else:
        pytest.fail(f"{lang}: no shown result leads to a page without the typed form")
    highlight = re.search(r"[?&]h=([^&#]*)", url)
    assert highlight and highlight.group(1), f"{lang}: the result link has no highlight words: {url}"
    page.goto(url)
    page.wait_for_selector(".md-content mark[data-md-highlight]", timeout=10000)
    marked = page.eval_on_selector_all(
        ".md-content mark[data-md-highlight]", "marks => marks.map((m) => m.textContent)"
    )
    family = re.compile(pair.match, re.IGNORECASE)
    assert any(family.match(text.strip()) for text in marked), (
        f"{lang}: {url} highlights {marked[:8]}, no form of {pair.base!r}"
    )


def scale_labels(lang):
    scales = yaml.safe_load((DATA_DIR / "scales.yml").read_text(encoding="utf-8"))
    return [level["label"][lang] for scale in scales.values() for level in scale["levels"]]


def self_assessments():
    return [
        yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted((DATA_DIR / "self-assessments").glob("*.yml"))
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_answer_scales_are_not_indexed_but_statements_are(context, site, lang):
    page = open_page(context, site, lang)
    for label in scale_labels(lang)[:1]:
        search(page, label)
        texts = page.eval_on_selector_all(
            ".md-search-result__article",
            """articles => articles.map((article) => {
            const copy = article.cloneNode(true);
            copy.querySelectorAll(".md-search-result__terms").forEach((note) => note.remove());  // not the result's text
            return copy.textContent;
        })""",
        )
        shown = [text for text in texts if label.lower() in " ".join(text.lower().split())]
        assert not shown, f"{lang}: results still show the answer scale {label!r}: {shown[:2]}"
    tool = self_assessments()[0]
    section = tool["sections"][0]
    statement = section["items"][0]["text"][lang]
    page.fill(".md-search__input", "")
    links = search(page, statement)
    target = site.base_url + LANG_ROOT[lang] + f"tools/{tool['id']}/"
    assert any(link.startswith(target) and link.endswith(f"#section-{section['id']}") for link in links), (
        f"{lang}: the statement {statement!r} does not lead to its section: {links[:5]}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_tool_panels_are_not_indexed(context, site, lang):
    """Saving, export and results panels, status lines and buttons: interface, not content."""
    ui = yaml.safe_load((DATA_DIR / "ui.yml").read_text(encoding="utf-8"))
    page = open_page(context, site, lang)
    index = page.evaluate(
        "async (url) => (await fetch(url)).json()", site.base_url + LANG_ROOT[lang] + "search/search_index.json"
    )
    interface = [
        ui[key][lang]
        for key in (
            "rt_manage_title",
            "rt_manage_title",
            "sa_snapshots_title",
            "ws_print_name",
            "ws_copy",
            "sa_snapshot_button",
            "ws_note_label",
            "share_title",
        )
    ]
    for doc in index["docs"]:
        text = doc["title"] + " " + doc["text"]
        found = [phrase for phrase in interface if phrase in text]
        assert not found, f"{lang}: {doc['location']} indexes interface text {found}"
    for label in scale_labels(lang):
        assert not any(label in doc["text"] for doc in index["docs"] if "#section-" in doc["location"]), label


def glossary_entries(lang):
    text = (DOCS_DIR / lang / "glossary.md").read_text(encoding="utf-8")
    return re.findall(r"^### (.+?) \{#([\w-]+)\}$", text, re.M)


@pytest.mark.parametrize("lang", LANGS)
def test_a_glossary_term_is_found_as_its_own_entry(context, site, lang):
    """Terms of one word that few pages use, so the glossary is among the first results."""
    words = page_words(site.dir, lang)
    rare = [
        (term, anchor)
        for term, anchor in glossary_entries(lang)
        if " " not in term and sum(term.lower() in page for page in words.values()) <= 6
    ]
    assert len(rare) >= 3, rare
    page = open_page(context, site, lang)
    entry = site.base_url + LANG_ROOT[lang] + "glossary/"
    for term, anchor in rare[:3]:
        page.fill(".md-search__input", "")
        hits = [link for link in search(page, term) if link.startswith(entry) and link.endswith("#" + anchor)]
        assert hits, f"{lang}: {term!r} does not lead to its glossary entry #{anchor}"
    page.goto(hits[0])
    page.wait_for_timeout(300)
    top = page.locator(f"#{anchor}").evaluate("(heading) => heading.getBoundingClientRect().top")
    assert 0 <= top < 300, f"{lang}: the entry #{anchor} is not at the top of the screen ({top}px)"


@pytest.fixture(scope="module")
def recall(browser, site):
    return measure_search_recall(browser, site.base_url)


@pytest.mark.parametrize("lang", LANGS)
def test_inflected_queries_find_the_pages_of_the_word(recall, lang):
    scores = recall[lang]
    assert scores.pairs >= 30
    missed = "\n".join(f"  {query}: {pages}" for query, pages in scores.missed[:15])
    assert scores.inflected_recall >= RECALL_FLOOR, (
        f"{lang}: recall of inflected forms {scores.inflected_recall:.3f} < {RECALL_FLOOR}; missed:\n{missed}"
    )
    assert scores.base_recall >= RECALL_FLOOR, f"{lang}: recall of base forms {scores.base_recall:.3f}"
    extra = "\n".join(f"  {query}: {pages}" for query, pages in scores.extra[:15])
    assert scores.base_precision >= PRECISION_FLOOR, (
        f"{lang}: precision of base forms {scores.base_precision:.3f} < {PRECISION_FLOOR}; found besides:\n{extra}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_a_partly_typed_word_still_finds_its_pages(browser, site, lang):
    """Type-ahead: the first letters of a word find the word's pages."""
    pairs = [pair for pair in pairs_of(lang) if len(pair.base) >= 8]
    prefixes = {pair.base[:-3]: pair for pair in pairs}
    found = run_queries(browser, site.base_url, lang, list(prefixes))
    expected = sum(len(pair.pages) for pair in prefixes.values())
    hit = sum(len(set(pair.pages) & set(found[prefix])) for prefix, pair in prefixes.items())
    assert len(prefixes) >= 10 and hit / expected >= RECALL_FLOOR, (
        f"{lang}: prefixes found {hit} of {expected} pages: " + str({p: len(found[p]) for p in prefixes})
    )


# Issue 21: pairs never used to tune the search (data/search-queries-held-out.yml).
HELD_OUT_RECALL_FLOOR = 0.95


@pytest.fixture(scope="module")
def held_out_recall(browser, site):
    return measure_search_recall(browser, site.base_url, HELD_OUT_QUERIES)


@pytest.mark.parametrize("lang", LANGS)
def test_held_out_inflected_forms_are_found(held_out_recall, lang):
    scores = held_out_recall[lang]
    missed = "\n".join(f"  {query}: {pages}" for query, pages in scores.missed[:15])
    assert scores.inflected_recall >= HELD_OUT_RECALL_FLOOR, (
        f"{lang}: held-out recall of inflected forms {scores.inflected_recall:.3f} < {HELD_OUT_RECALL_FLOOR}; missed:\n{missed}"
    )


# Each result group (a page): its address and whether a title of its entries
# (the page title or a heading) matched, which Material marks with <mark>.
RANKED_GROUPS = """async (queries) => {
    const config = JSON.parse(document.getElementById("__config").textContent);
    const index = await (await fetch(new URL("search/search_index.json", new URL(config.base, location.href)))).json();
    const worker = new Worker(new URL(config.search, location.href));
    const send = (message) => new Promise((resolve) => { worker.onmessage = (event) => resolve(event.data); worker.postMessage(message); });
    await send({type: 0, data: {config: index.config, docs: index.docs, options: {suggest: false}}});
    const ranked = {};
    for (const query of queries) {
        const result = await send({type: 2, data: query});
        ranked[query] = result.data.items.map((group) => [
            group[0].location.split("#")[0], group.some((item) => item.title.includes("<mark>"))]);
    }
    worker.terminate();
    return ranked;
}"""


def ranked_groups(browser, site, lang, queries):
    page = browser.new_page()
    page.goto(site.base_url + LANG_ROOT[lang])
    ranked = page.evaluate(RANKED_GROUPS, queries)
    page.close()
    return ranked


@pytest.mark.parametrize("lang", LANGS)
def test_pages_whose_title_or_heading_matches_rank_first(browser, site, lang):
    """Every query of both pair files: no page that only mentions the word
    comes before a page whose title or a heading has it."""
    pairs = [pair for path in (QUERIES, HELD_OUT_QUERIES) for pair in load_pairs(path) if pair.lang == lang]
    queries = [query for pair in pairs for query in (pair.base, pair.inflected)]
    wrong = []
    for query, groups in ranked_groups(browser, site, lang, queries).items():
        flags = [title for _, title in groups]
        if True in flags and False in flags and flags.index(False) < len(flags) - 1 - flags[::-1].index(True):
            wrong.append(f"{query}: {[(page, title) for page, title in groups][:6]}")
    assert not wrong, f"{lang}: a page that only mentions the words ranks above a title match:\n" + "\n".join(
        wrong[:10]
    )


def title_of(site, lang, rel):
    text = (DOCS_DIR / lang / (rel.rstrip("/") + ".md")).read_text(encoding="utf-8")
    return re.search(r"^title:\s*\"?(.+?)\"?\s*$", text, re.M).group(1)


@pytest.mark.parametrize(
    "lang,rel,form",
    [
        # The issue's own examples: a definite form and a case form of the title's last word.
        ("sv", "tools/actor-map", lambda word: word + "n"),
        ("fi", "tools/actor-map", lambda word: word[:-2] + "an"),  # toimijakartta -> toimijakartan
    ],
)
def test_an_inflected_title_word_finds_its_page_first(browser, site, lang, rel, form):
    word = title_of(site, lang, rel).split()[-1]
    query = form(word)
    assert query != word
    groups = ranked_groups(browser, site, lang, [query])[query]
    assert groups and groups[0][0] == rel + "/", f"{lang}: {query!r} ranks first {groups[:3]}"


@pytest.mark.parametrize("lang", LANGS)
def test_a_section_heading_outranks_pages_that_only_mention_its_words(browser, site, lang):
    """The issue's example: other organisations' staff. The query is made of
    two words of the guide section's heading (from the built page) and a
    word the heading does not have."""
    extra = {"fi": "työntekijät", "sv": "anställda"}[lang]
    page = browser.new_page()
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}guides/leading-networks/")
    heading = page.inner_text("#professionals-you-do-not-supervise").split("\n")[0]
    page.close()
    words = [word for word in re.findall(r"\w+", heading.lower()) if len(word) > 5]
    organisation = next(word for word in words if word.startswith("organisa"))
    other = {"fi": "muiden", "sv": "andra"}[lang]
    assert other in heading.lower().split(), heading
    query = f"{other} {organisation} {extra}"
    groups = ranked_groups(browser, site, lang, [query])[query]
    pages = [page for page, _ in groups]
    # The guide on exactly this (guides/co-located-staff/, its title) may come
    # first; the section's page comes before every page that only mentions the words.
    mentions = [page for page, title in groups if not title]
    assert "guides/leading-networks/" in pages, f"{lang}: {query!r} gives {groups[:5]}"
    before = pages[: pages.index("guides/leading-networks/")]
    assert not set(before) & set(mentions), f"{lang}: {query!r} ranks {groups[:5]}"

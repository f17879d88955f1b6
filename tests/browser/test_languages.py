"""Language switch and search in the browser."""

from __future__ import annotations

import json
import re

import pytest

pytestmark = pytest.mark.browser


def content_pages(site):
    return [p for p in site.pages() if not p.startswith("sv/") and p]


def switch_language(page, target_lang):
    page.click(f'.lang-switch__link[hreflang="{target_lang}"]')
    page.wait_for_load_state()


@pytest.mark.parametrize("index", [0, -1])
def test_language_switch_stays_on_the_same_page(context, site, index):
    rel = content_pages(site)[index]
    page = context.new_page()
    page.goto(site.base_url + rel)
    switch_language(page, "sv")
    assert page.url == site.base_url + "sv/" + rel
    assert page.get_attribute("html", "lang") == "sv"
    switch_language(page, "fi")
    assert page.url == site.base_url + rel
    assert page.get_attribute("html", "lang") == "fi"


LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska"}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_language_switch_names_languages_in_words_and_marks_the_current(context, site, lang):
    page = context.new_page()
    page.goto(site.base_url + ("sv/" if lang == "sv" else "") + "rules/goals/")
    links = page.locator(".lang-switch__link")
    assert links.all_inner_texts() == list(LANGUAGE_NAMES.values())
    current = page.locator('.lang-switch__link[aria-current="true"]')
    assert current.count() == 1 and current.get_attribute("hreflang") == lang


@pytest.mark.parametrize("start,target", [("sv/", "fi"), ("", "sv")])
def test_language_switch_keeps_the_section(context, site, start, target):
    page = context.new_page()
    page.goto(f"{site.base_url}{start}rules/goals/#questions")
    switch_language(page, target)
    expected = f"{site.base_url}{'sv/' if target == 'sv' else ''}rules/goals/#questions"
    assert page.url == expected
    assert page.locator("#questions").count() == 1


@pytest.mark.parametrize("width", [320, 360])
def test_the_header_fits_a_phone_with_the_switch(browser, site, width):
    page = browser.new_page(viewport={"width": width, "height": 640})
    page.goto(site.base_url + "sv/rules/goals/")
    other = page.locator('.lang-switch__link[hreflang="fi"]')
    assert other.is_visible()
    box = other.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width and box["height"] >= 24
    page.close()


def search(page, query):
    page.click(".md-search__input")
    page.keyboard.type(query, delay=20)  # Material searches on key events, not on fill()
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    return page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")


def index_words(site, lang) -> set[str]:
    """Every word of a language's search index, lower-cased."""
    root = site.dir if lang == "fi" else site.dir / "sv"
    index = json.loads((root / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc.get("title", "") + " " + doc.get("text", "") for doc in index["docs"])
    return set(re.findall(r"\w+", text.lower()))


# Each query is an inflected form that appears nowhere in its language's
# index, so a hit proves the stemmer works rather than a literal match.
@pytest.mark.parametrize(
    "lang,query",
    [
        ("fi", "koordinaattoreilta"),  # "from coordinators" -> koordinaattori
        ("sv", "samordnarnas"),  # "the coordinators'" -> samordnare, samordnaren
    ],
)
def test_search_stems_and_shows_only_the_page_language(context, site, lang, query):
    assert query not in index_words(site, lang), f"{query!r} occurs literally; pick a form only stemming can match"
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    root = "" if lang == "fi" else "sv/"
    page.goto(site.base_url + root)
    hrefs = search(page, query)
    assert hrefs, f"no results for {query!r}: stemming does not work in {lang}"
    assert any("rules/coordinator/" in href for href in hrefs), (
        f"{lang}: {query!r} did not find the coordinator rule: {hrefs}"
    )
    for href in hrefs:
        is_swedish = href.startswith(site.base_url + "sv/")
        assert is_swedish == (lang == "sv"), f"{lang} search for {query!r} returned {href}"


@pytest.mark.parametrize("lang,prefix", [("fi", "koordinaat"), ("sv", "samordn")])
def test_search_still_finds_a_word_while_it_is_typed(context, site, lang, prefix):
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.base_url + ("" if lang == "fi" else "sv/"))
    hrefs = search(page, prefix)
    assert any("rules/coordinator/" in href for href in hrefs), f"{lang}: prefix {prefix!r} found {hrefs}"


def section_ids(page):
    return page.eval_on_selector_all(".md-content h2[id]", "headings => headings.map((h) => h.id)")


@pytest.mark.parametrize("start,target", [("sv/", "fi"), ("", "sv")])
@pytest.mark.parametrize("width", [390, 1366])
def test_language_switch_keeps_the_section_scrolled_to_without_a_fragment(browser, site, start, target, width):
    """Scrolled past a section's heading (no # in the address), the other
    language opens at the same section: the nearest heading above the top."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(f"{site.base_url}{start}rules/trust/")
    ids = section_ids(page)
    assert len(ids) >= 3, ids
    section = ids[len(ids) // 2]
    # the heading 60 px above the top of the screen, under the header
    page.evaluate(
        """(id) => window.scrollTo(0, document.getElementById(id).getBoundingClientRect().top
        + window.scrollY + 60)""",
        section,
    )
    assert "#" not in page.url
    page.click(f'.lang-switch__link[hreflang="{target}"]')
    page.wait_for_load_state()
    assert page.url == f"{site.base_url}{'sv/' if target == 'sv' else ''}rules/trust/#{section}"
    assert page.get_attribute("html", "lang") == target
    top = page.evaluate("(id) => document.getElementById(id).getBoundingClientRect().top", section)
    assert 0 <= top < 200, f"the section's heading is at the top of the screen, not at {top}px"
    page.close()


def test_language_switch_from_the_top_of_a_page_opens_the_top(context, site):
    page = context.new_page()
    page.goto(f"{site.base_url}sv/rules/trust/")
    switch_language(page, "fi")
    assert page.url == f"{site.base_url}rules/trust/"

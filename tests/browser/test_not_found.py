"""The "page not found" page as a mistyped address from a slide meets it,
served as production serves it (deploy/nginx.conf: error_page 404) at any
depth, in both languages: no script error, a search icon in the header, a
search that finds the language's pages, and a language link to the other
language's home."""

from __future__ import annotations

import json

import pytest

from macros.loading.ui import ui_strings
from macros.tooling.accessibility import describe_violations, run_axe
from macros.tooling.search_recall import LANG_ROOT
from macros.tooling.site_build import serve

pytestmark = pytest.mark.browser

LANGS = ["fi", "sv"]
OTHER = {"fi": "sv", "sv": "fi"}


@pytest.fixture(scope="module")
def production(site):
    """The built site behind a server that answers a missing address with its language's 404.html."""
    with serve(site.dir, production_like=True) as base_url:
        yield base_url


def a_title_word(site, lang) -> str:
    """The longest word of a page title in the language's own search index."""
    index = json.loads((site.dir / LANG_ROOT[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [doc["title"] for doc in index["docs"] if doc["location"].endswith("/") and "#" not in doc["location"]]
    return max((word for title in titles for word in title.split() if word.isalpha()), key=len)


def open_missing(browser, production, lang):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(f"{production}{LANG_ROOT[lang]}no/such/page/")
    assert response.status == 404
    assert page.inner_text("h1") == ui_strings(lang)["not_found_title"]
    return page, errors


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_has_no_script_error_and_a_search_icon(browser, production, lang):
    page, errors = open_missing(browser, production, lang)
    page.wait_for_load_state("load")
    icon = page.locator('.md-header label.md-header__button[for="__search"]')
    assert icon.is_visible(), "the header shows the search icon on a phone"
    page.close()
    assert not errors, errors


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_pages_of_the_language(browser, production, site, lang):
    page, errors = open_missing(browser, production, lang)
    page.click('.md-header label.md-header__button[for="__search"]')
    page.keyboard.type(a_title_word(site, lang), delay=15)
    page.wait_for_selector(".md-search-result__link", timeout=10000)
    links = page.eval_on_selector_all(".md-search-result__link", "links => links.map((a) => a.href)")
    page.close()
    root = production + LANG_ROOT[lang]
    assert links and all(link.startswith(root) for link in links), links[:3]
    if lang == "fi":
        assert not any(link.startswith(production + "sv/") for link in links), links[:3]
    assert not errors, errors


@pytest.mark.parametrize("lang", LANGS)
def test_the_language_link_leads_to_the_other_home(browser, production, lang):
    page, errors = open_missing(browser, production, lang)
    page.click(f'.lang-switch__link[hreflang="{OTHER[lang]}"]')
    page.wait_for_load_state()
    assert page.url == production + LANG_ROOT[OTHER[lang]]
    assert page.get_attribute("html", "lang") == OTHER[lang]
    page.close()
    assert not errors, errors


@pytest.mark.parametrize("name", ["404.html", "offline.html"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_pages_for_missing_addresses_are_accessible(browser, production, name, lang):
    """ "Page not found" and the service worker's "no network" page, axe-clean on a phone."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{production}{LANG_ROOT[lang]}{name}", wait_until="networkidle")
    assert page.get_attribute("html", "lang") == lang
    violations = run_axe(page)
    page.close()
    assert not violations, describe_violations(violations)

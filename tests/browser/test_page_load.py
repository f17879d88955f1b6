"""What a page load fetches, counted at the server (as `make bench` does):
each file once, no search index, search code or sitemap until the reader
searches, and a second page costs its HTML, not our scripts again."""

from __future__ import annotations

import pytest

from macros.hooks.offline import OFFLINE_PAGE
from macros.tooling.site_build import serve

from .service_worker import wait_until_kept

pytestmark = pytest.mark.browser

SEARCH_FILES = ("search_index.json", "/workers/search.", "/lunr/", "/workers/search-stemmed.")


def paths(log) -> list[str]:
    return [entry[0].split("?")[0] for entry in log]


@pytest.mark.parametrize("root", ["", "sv/"])
def test_search_loads_only_when_the_reader_opens_it(browser, site, root):
    log: list = []
    with serve(site.dir, production_like=True, transfer_log=log) as url:
        page = browser.new_page()
        page.goto(f"{url}{root}guides/why-networks/")
        page.wait_for_load_state("networkidle")
        loaded = paths(log)
        assert not [p for p in loaded if any(part in p for part in SEARCH_FILES)], loaded
        assert not [p for p in loaded if p.endswith("sitemap.xml")], loaded

        page.click("input[name='query']")  # as a reader starts a search
        page.fill("input[name='query']", "verkosto" if not root else "nätverk")
        page.wait_for_selector(".md-search-result__item")
        loaded = paths(log)
        assert f"/{root}search/search_index.json" in loaded, loaded
        assert not [
            p for p in loaded if "/search/search_index.json" in p and p != f"/{root}search/search_index.json"
        ], "only the page language's index"
        page.close()


def test_a_second_page_fetches_no_script_or_style_again(browser, site):
    log: list = []
    with serve(site.dir, production_like=True, transfer_log=log) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{url}guides/why-networks/")
        page.wait_for_load_state("networkidle")
        first = len(log)
        page.goto(f"{url}rules/goals/")
        page.wait_for_load_state("networkidle")
        second = [entry for entry in log[first:] if entry[1] == 200]
        refetched = [entry[0] for entry in second if entry[0].endswith((".js", ".css"))]
        assert refetched == [], f"fetched again on the second page: {refetched}"
        # Besides its HTML, the service worker keeps each language's "no
        # network" page once, from the second page on (keep-offline.js).
        offline = ["/" + prefix + OFFLINE_PAGE for prefix in ("", "sv/")]
        assert sorted(entry[0] for entry in second) == sorted(["/rules/goals/", *offline]), second
        third_start = len(log)
        page.goto(f"{url}rules/trust/")
        page.wait_for_load_state("networkidle")
        third = [entry[0] for entry in log[third_start:] if entry[1] == 200]
        assert third == ["/rules/trust/"], "the offline pages are fetched once: " + str(third)
        context.close()


@pytest.mark.parametrize("address", ["tools/network-plan/", "sv/guides/why-networks/"])
def test_a_first_visit_fetches_each_file_once(browser, site, address):
    """The service worker keeps the page and its files from the browser's
    cache: it does not download them again (it once fetched the page twice)."""
    log: list = []
    with serve(site.dir, production_like=True, transfer_log=log) as url:
        context = browser.new_context(service_workers="allow")
        page = context.new_page()
        page.goto(url + address)
        wait_until_kept(page)
        page.wait_for_load_state("networkidle")
        fetched = [entry[0] for entry in log if entry[1] == 200]
        twice = sorted({path for path in fetched if fetched.count(path) > 1})
        assert twice == [], f"fetched more than once on a first visit: {twice}"
        assert fetched.count("/" + address) == 1, fetched
        context.close()

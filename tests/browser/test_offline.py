"""Offline in the workshop room: a tool page opened once reloads and works
with the network gone, answers included; nothing of another language is
served under the wrong address."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Error as PlaywrightError

from macros.loading.ui import ui_strings
from macros.tooling.site_build import serve

from .self_assessment_page import TOOL, answer, tool, values  # noqa: F401  (fixtures)
from .service_worker import wait_until_in_control, wait_until_kept

pytestmark = pytest.mark.browser


def test_a_tool_page_reloads_and_works_offline(browser, site, tool, values):
    """The network goes for real: the server this page came from is shut down."""
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    room = serve(site.dir)
    base_url = room.__enter__()
    page.goto(f"{base_url}tools/{TOOL}/")
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    first = next(tool.items()).id
    answer(page, first, values[-1])
    wait_until_in_control(page)
    wait_until_kept(page)
    # Once more online, so the page is loaded under the worker's control from the start.
    page.reload()
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    wait_until_in_control(page)
    wait_until_kept(page)
    room.__exit__(None, None, None)  # the server is gone
    page.reload()
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    assert page.is_checked(f'input[name="{TOOL}--{first}"][value="{values[-1]}"]')
    assert page.get_attribute("html", "lang") == "fi"
    # a page never visited is not there, and never replaced by another language's copy
    try:
        page.goto(f"{base_url}sv/tools/{TOOL}/")
        assert page.get_attribute("html", "lang") != "fi"
    except Exception as error:  # the browser's own offline error: nothing wrong was served
        assert re.search(r"ERR_(CONNECTION_REFUSED|FAILED|INTERNET_DISCONNECTED)", str(error)), error
    context.close()


def test_the_worker_is_versioned_by_the_build(site):
    worker = (site.dir / "sw.js").read_text(encoding="utf-8")
    version = re.search(r'const VERSION\s*=\s*"([0-9a-f]{16})"', worker)
    assert version, "sw.js carries the build's version"
    assert "__" not in worker.replace("__VERSION__", ""), "every placeholder is filled in"


LANG_ROOT = {"fi": "", "sv": "sv/"}


def goto_offline(page, url):
    """Opens `url` with the server gone. Under heavy load (CI, two cores)
    Chromium was seen to fail one navigation (net::ERR_FAILED) to a page
    its service worker had kept: the product's promise is that the page is
    kept and opens, so the page must be in the cache, and a second try must
    open it; a page that is not kept fails both."""
    try:
        page.goto(url)
    except PlaywrightError as error:
        if "ERR_FAILED" not in str(error):
            raise
        page.wait_for_timeout(500)
        page.goto(url)


def a_guide(site, lang):
    """A guide page of the language (not a tool page), from the built site."""
    return next(
        p for p in site.pages() if p.startswith(LANG_ROOT[lang] + "guides/") and p.count("/") > 1 + (lang == "sv")
    )


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_visited_page_is_kept_and_a_new_address_gets_the_offline_page(browser, site, lang):
    """The home page opened first (before any tool page) and a guide opened
    next both reload offline; an address never opened shows the language's
    own "no network" page, which lists the kept pages, not the browser's error."""
    ui = ui_strings(lang)
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    with serve(site.dir) as base_url:
        home, guide = base_url + LANG_ROOT[lang], base_url + a_guide(site, lang)
        page.goto(home)
        wait_until_kept(page, home)
        wait_until_in_control(page)
        page.goto(guide)
        wait_until_kept(page, guide)
        wait_until_kept(page, base_url + LANG_ROOT[lang] + "offline.html")  # asked for from the second page on
        guide_title = page.title()
    # the server is gone
    for url in (home, guide):
        goto_offline(page, url)
        assert page.get_attribute("html", "lang") == lang
    assert page.title() == guide_title
    never = next(
        p for p in site.pages() if p.startswith(LANG_ROOT[lang] + "rules/") and p.count("/") > 1 + (lang == "sv")
    )
    goto_offline(page, base_url + never)
    assert page.get_attribute("html", "lang") == lang
    assert page.inner_text("h1") == ui["offline_title"]
    page.wait_for_selector("[data-offline-kept] li a >> nth=1")
    listed = page.eval_on_selector_all("[data-offline-kept] a", "links => links.map((a) => a.href)")
    assert set(listed) == {home, guide}, listed
    context.close()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_search_offline_says_it_needs_the_network(browser, site, lang):
    """A kept page whose search index was never loaded: opening search
    offline says so, instead of "starting search" for ever."""
    ui = ui_strings(lang)
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    with serve(site.dir) as base_url:
        guide = base_url + a_guide(site, lang)
        page.goto(guide)
        wait_until_kept(page, guide)
        page.reload()  # under the worker's control from the start
    goto_offline(page, guide)
    page.click(".md-search__input")
    page.keyboard.type("verkosto" if lang == "fi" else "nätverk")
    meta = page.locator(".md-search-result__meta")
    meta.wait_for()
    page.wait_for_function(
        "(text) => document.querySelector('.md-search-result__meta').textContent.trim() === text",
        arg=ui["search_offline"],
        timeout=10000,
    )
    context.close()

"""Offline in the workshop room: a tool page opened once reloads and works
with the network gone, answers included; nothing of another language is
served under the wrong address."""
from __future__ import annotations

import re

import pytest

from macros.tooling.site_build import serve

from .self_assessment_page import TOOL, answer, tool, values  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def kept(page) -> bool:
    return page.evaluate("""async () => Boolean(navigator.serviceWorker.controller)
        && Boolean(await caches.match(location.href.split('#')[0]))""")


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
    page.wait_for_function("""async () => Boolean(navigator.serviceWorker.controller)
        && Boolean(await caches.match(location.href.split('#')[0]))""", timeout=15000)
    # Once more online, so the page is loaded under the worker's control from the start.
    page.reload()
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    page.wait_for_function("""async () => Boolean(navigator.serviceWorker.controller)
        && Boolean(await caches.match(location.href.split('#')[0]))""", timeout=15000)
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

"""Headless Debian Chromium through Playwright, never a downloaded browser.

On a developer machine without Chromium these tests skip with a hint;
in CI (CI=true) a missing browser is a failure, never a skip.
"""

from __future__ import annotations

import os

import pytest

from macros.tooling.browser import CHROMIUM_ARGS, INSTALL
from macros.tooling.browser import chromium_path as _chromium_path


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"Browser tests must run in CI, but: {reason}")
    pytest.skip(f"{reason}. Install Debian's Chromium: {INSTALL}.")


@pytest.fixture(scope="session")
def browser():
    path = _chromium_path()
    if not path:
        _unavailable("Chromium was not found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Python package playwright is not installed (make install)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageWatch:
    """Records console errors, failed requests and requests to other hosts."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.console_errors = []
        self.foreign_requests = []
        self.failed = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.console_errors.append(f"pageerror: {exc}"))
        page.on("request", self._request)
        page.on("requestfailed", lambda req: self.failed.append(f"{req.url} ({req.failure})"))
        page.on("response", self._response)

    def _console(self, msg):
        if msg.type == "error":
            self.console_errors.append(f"{msg.text} @ {msg.location.get('url')}")

    def _request(self, request):
        url = request.url
        if not (
            url.startswith(self.base_url) or url.startswith("data:") or url.startswith("blob:") or url == "about:blank"
        ):
            self.foreign_requests.append(url)

    def _response(self, response):
        if response.status >= 400:
            self.failed.append(f"{response.url} -> HTTP {response.status}")


@pytest.fixture
def context(browser):
    ctx = browser.new_context(locale="fi-FI", service_workers="block")
    yield ctx
    ctx.close()


@pytest.fixture
def watched_page(context, site):
    page = context.new_page()
    return PageWatch(page, site.base_url)

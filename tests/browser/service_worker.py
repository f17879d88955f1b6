"""Waiting for the site's service worker (macros/hooks/service_worker.js)."""

from __future__ import annotations

TIMEOUT_MS = 15000


def wait_until_kept(page, url: str | None = None) -> None:
    """Until `url` (by default the page's own address) is in the worker's cache."""
    page.wait_for_function(
        "async (url) => Boolean(await caches.match(url || location.href.split('#')[0]))",
        arg=url,
        timeout=TIMEOUT_MS,
    )


def wait_until_in_control(page) -> None:
    """Until the worker controls the tab. It keeps a page as it loads only
    then: a page opened sooner (a test is quicker than a reader) is kept the
    way a first page is, and asks for no "no network" page."""
    page.wait_for_function("() => Boolean(navigator.serviceWorker.controller)", timeout=TIMEOUT_MS)

"""What a browser really transfers for a page, counted at the server.

The built site is served as production would serve it (gzip, ETag, long
caching only for hashed names); every response body is counted by type.
A first visit starts with an empty cache; the second page follows in the
same browser context, as a reader clicking on.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

KINDS = ("html", "css", "js", "search index", "search worker", "sitemaps", "images", "fonts", "other")
MATERIAL_SCRIPT = re.compile(r"/(bundle\.[0-9a-f]{8}\.min\.js|workers/search\.[0-9a-f]{8}\.min\.js)$|/lunr/")


def kind(path: str, content_type: str) -> str:
    if path.endswith("search_index.json"):
        return "search index"
    if "/workers/" in path or "/lunr/" in path:
        return "search worker"
    if path.endswith(("sitemap.xml", "sitemap.xml.gz")):
        return "sitemaps"
    for name, marker in (
        ("html", "text/html"),
        ("css", "text/css"),
        ("js", "javascript"),
        ("images", "image/"),
        ("fonts", "font"),
    ):
        if marker in content_type:
            return name
    return "other"


def is_own_script(path: str) -> bool:
    return (path.endswith(".js") and "/assets/" in path and not MATERIAL_SCRIPT.search(path)) or path == "/sw.js"


@dataclass
class Visit:
    bytes_by_kind: Counter
    own_script_bytes: int
    requests: int

    @property
    def total(self) -> int:
        return sum(self.bytes_by_kind.values())


def summarise(entries) -> Visit:
    by_kind: Counter = Counter()
    own = 0
    for path, _status, content_type, length in entries:
        path = path.split("?")[0]
        by_kind[kind(path, content_type)] += length
        if is_own_script(path):
            own += length
    return Visit(by_kind, own, len(entries))


def _settle(page) -> None:
    """Wait until the page and its components are done fetching."""
    page.wait_for_load_state("networkidle")
    if page.locator("[data-module]").count():
        page.wait_for_selector("[data-module][data-started]", state="attached")
        page.wait_for_load_state("networkidle")


def measure(browser, base_url: str, log: list, first: str, second: str) -> tuple[Visit, Visit]:
    """Transfers of `first` with an empty cache, then of `second` after it."""
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    start = len(log)
    page.goto(base_url + first)
    _settle(page)
    middle = len(log)
    page.goto(base_url + second)
    _settle(page)
    end = len(log)
    context.close()
    return summarise(log[start:middle]), summarise(log[middle:end])

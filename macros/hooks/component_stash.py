"""Component HTML kept aside while Markdown converts the page around it.

A component renders to finished, escaped HTML (tens of kilobytes on a tool
page). Handed to Markdown, it is only parsed to be passed through unchanged,
which was a large share of the build's time. The macro leaves a small
placeholder instead, and on_page_content puts the HTML back in its place
and tells MkDocs the ids it brings, so links to them are still checked.
It also tells which components the page holds (page.components), so that
nothing has to search the page for them again.
"""

from __future__ import annotations

import re

_PLACEHOLDER = '<div data-vj-stash="{}"></div>'
_PLACEHOLDER_PATTERN = re.compile(r'(?:<p>)?<div data-vj-stash="(\d+)"></div>(?:</p>)?')
# Our templates quote every attribute and escape its value.
_ID_ATTRIBUTE = re.compile(r'\sid="([^"]+)"')

_stashed: list[tuple[object, str]] = []  # (component, its HTML), in page order


def stash(component, html: str) -> str:
    """A placeholder for `html`; Markdown keeps it as a block of its own."""
    _stashed.append((component, html))
    return "\n\n" + _PLACEHOLDER.format(len(_stashed) - 1) + "\n\n"


def restore(html: str, page) -> str:
    """The page's HTML with each placeholder replaced by what it stands for;
    the ids in it are added to the page's anchors (page.present_anchor_ids)
    and the components to page.components."""
    page.components = [component for component, _ in _stashed]
    if not _stashed:
        return html

    def put_back(match: re.Match) -> str:
        html = _stashed[int(match.group(1))][1]
        if page.present_anchor_ids is not None:
            page.present_anchor_ids.update(_ID_ATTRIBUTE.findall(html))
        return html

    restored = _PLACEHOLDER_PATTERN.sub(put_back, html)
    _stashed.clear()  # one page at a time: MkDocs converts pages one by one
    return restored

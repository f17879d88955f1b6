"""Links from data files ('rules/goals.md#actions') to built pages."""

from __future__ import annotations

import posixpath
from functools import cache
from pathlib import Path

from mkdocs.utils import get_relative_url

from . import paths
from .languages import LANGUAGES
from .loading.wording import say


def page_url_of(docs_path: str) -> str:
    """'rules/goals.md#actions' -> 'rules/goals/#actions' (directory URLs)."""
    path, _, anchor = docs_path.partition("#")
    stem = path[:-3]
    url = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
    return url + (f"#{anchor}" if anchor else "")


def link_from(page_url: str, lang_prefix: str, docs_path: str) -> str:
    """Relative URL from the current page to a docs path in the same language."""
    target = page_url_of(docs_path)
    path, _, anchor = target.partition("#")
    relative = get_relative_url(posixpath.join(lang_prefix, path) or ".", page_url or ".")
    if path.endswith("/") or path == "":
        relative = relative.rstrip("/") + "/"
    return relative + (f"#{anchor}" if anchor else "")


def missing_link_target(link: str, docs_dir: Path | None = None) -> str | None:
    """Why a docs-relative link 'x/y.md#anchor' does not resolve in every language, or None."""
    docs_dir = docs_dir or paths.DOCS_DIR
    page, _, anchor = link.partition("#")
    for lang in LANGUAGES:
        target = docs_dir / lang / page
        if not target.is_file():
            return say(
                f"linkitettyä sivua ei ole: docs/{lang}/{page}", f"den länkade sidan finns inte: docs/{lang}/{page}"
            )
        if anchor and f"{{#{anchor}}}" not in target.read_text(encoding="utf-8"):
            return say(
                f"sivulla docs/{lang}/{page} ei ole ankkuria '#{anchor}'",
                f"sidan docs/{lang}/{page} saknar ankaret '#{anchor}'",
            )
    return None


@cache
def page_calling(call: str, docs_dir: Path | None = None) -> str | None:
    """The docs path (e.g. 'tools/action-plan.md') of the first Finnish page
    whose Markdown contains `call`, e.g. 'group_summary("network-health")';
    the Swedish page has the same path (tests/test_page_pairs.py)."""
    docs_dir = docs_dir or paths.DOCS_DIR
    for page in sorted((docs_dir / "fi").rglob("*.md")):
        if call in page.read_text(encoding="utf-8"):
            return page.relative_to(docs_dir / "fi").as_posix()
    return None

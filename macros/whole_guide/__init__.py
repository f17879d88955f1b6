"""The whole guide as one printable page per language (docs/*/whole-guide.md).

The guides and the ten rules, in navigation order, each page a chapter:
their built HTML is taken as it is, headings are moved two levels down
under the part headings, every id gets its chapter's prefix so that ids
stay unique, and links are rewritten: a link to a page (or a place in a
page) that is in the document becomes a link inside the document, and any
other relative link is made relative to the whole guide's own address.
The tools are left out: the page says so and links to their printable forms.

Plain functions; macros/hooks/whole_guide.py calls them during the build.
"""

from __future__ import annotations

import html as html_lib
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

PAGE = "whole-guide"  # docs/<lang>/whole-guide.md, published at <lang root>/whole-guide/
FOLDERS = ("guides/", "rules/")  # the parts, in this order when the navigation has them so
# The PDF files `make pdf` writes beside the page (scripts/whole_guide_pdf.py).
PDF_NAMES = {"fi": "verkostojohtaminen-koko-opas.pdf", "sv": "natverksledarskap-hela-guiden.pdf"}
DEMOTE = 2  # a page's h1 becomes an h3 under the part's h2
ID_ATTRIBUTES = ("id", "for", "headers", "aria-labelledby", "aria-describedby", "aria-controls")
ID_ATTRIBUTE = re.compile(r"(\s(?:" + "|".join(ID_ATTRIBUTES) + r')=")([^"]*)(")')
LINK_ATTRIBUTE = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")


@dataclass
class Chapter:
    url: str  # the page's own address, site-relative ("sv/rules/goals/")
    slug: str  # its anchor in the document and the prefix of its ids
    title: str
    html: str = ""
    sections: list[tuple[str, str]] = field(default_factory=list)  # (anchor, title) of its h2s


@dataclass
class Part:
    title: str
    slug: str
    chapters: list[Chapter]


def is_whole_guide(url: str, lang_prefix: str) -> bool:
    return url == f"{lang_prefix}{PAGE}/"


def slug_for(url: str, lang_prefix: str) -> str:
    """'sv/rules/goals/' -> 'rules-goals' (the same in both languages)."""
    return url[len(lang_prefix) :].strip("/").replace("/", "-") or "home"


def parts_from_nav(nav_items, lang_prefix: str) -> list[Part]:
    """The navigation's sections that hold guide or rule pages, in order."""
    parts = []
    for item in nav_items:
        pages = [child for child in getattr(item, "children", None) or [] if getattr(child, "is_page", False)]
        chapters = [
            Chapter(page.url, slug_for(page.url, lang_prefix), page.title)
            for page in pages
            if page.url[len(lang_prefix) :].startswith(FOLDERS)
        ]
        if chapters:
            folder = chapters[0].url[len(lang_prefix) :].split("/")[0]
            parts.append(Part(item.title, f"part-{folder}", chapters))
    return parts


def demote_headings(html: str, levels: int = DEMOTE) -> str:
    return HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + levels)}", html)


def prefix_ids(html: str, prefix: str) -> str:
    def prefixed(match):
        tokens = " ".join(f"{prefix}--{token}" for token in match.group(2).split())
        return match.group(1) + tokens + match.group(3)

    return ID_ATTRIBUTE.sub(prefixed, html)


def _site_path(base_url: str, link_path: str) -> str:
    """The site-relative path a relative link on the page at base_url points to."""
    joined = posixpath.normpath(posixpath.join(base_url or ".", link_path))
    path = "" if joined == "." else joined
    if link_path.endswith("/") and path:
        path += "/"
    return path


def rewrite_link(href: str, base_url: str, prefix: str, chapters: dict[str, str], guide_url: str) -> str:
    """One href or src of a chapter, as it must read inside the whole guide.

    chapters: site-relative page URL -> chapter slug."""
    raw = html_lib.unescape(href)
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc or raw.startswith("//"):
        return href  # another site, mailto: or data: stays as it is
    if not parts.path:
        return f"#{prefix}--{parts.fragment}" if parts.fragment else href
    target = _site_path(base_url, parts.path)
    page = target if target.endswith("/") or target == "" else None
    if page is not None and page in chapters:
        slug = chapters[page]
        return f"#{slug}--{parts.fragment}" if parts.fragment else f"#{slug}"
    relative = posixpath.relpath(target or ".", guide_url.rstrip("/") or ".")
    if target.endswith("/") or target == "":
        relative = relative.rstrip("/") + "/"
    if parts.query:
        relative += "?" + parts.query
    if parts.fragment:
        relative += "#" + parts.fragment
    return html_lib.escape(relative)


def rewrite_chapter(html: str, base_url: str, slug: str, chapters: dict[str, str], guide_url: str) -> str:
    html = prefix_ids(demote_headings(html), slug)
    return LINK_ATTRIBUTE.sub(
        lambda m: m.group(1) + rewrite_link(m.group(2), base_url, slug, chapters, guide_url) + m.group(3), html
    )


def fill_chapters(parts: list[Part], pages: dict, guide_url: str) -> None:
    """Each chapter's rewritten HTML and section list, from its built page
    (pages: url -> the page object, with .content and .toc)."""
    slugs = {chapter.url: chapter.slug for part in parts for chapter in part.chapters}
    for part in parts:
        for chapter in part.chapters:
            page = pages[chapter.url]
            chapter.html = rewrite_chapter(page.content or "", chapter.url, chapter.slug, slugs, guide_url)
            chapter.sections = [
                (f"{chapter.slug}--{child.id}", html_lib.unescape(child.title))
                for top in page.toc
                for child in top.children
            ]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(Path(__file__).parent),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(parts: list[Part], texts, pdf_href: str | None) -> str:
    """The table of contents and the chapters (template.html). Chapter HTML
    was rendered from Markdown by MkDocs; every other value is escaped."""
    chapters = [(part, [(chapter, Markup(chapter.html)) for chapter in part.chapters]) for part in parts]
    return _environment().get_template("template.html").render(parts=chapters, ui=texts, pdf_href=pdf_href)


def pdf_href(lang: str, enabled: bool) -> str | None:
    """The PDF's address relative to the whole guide page, when `make pdf` makes it."""
    return PDF_NAMES[lang] if enabled else None


def link_markdown(lang: str, page_src: str, page_url: str, texts, pdf: bool) -> str:
    """Markdown for the home page and the trainers' section: a link to the
    whole guide, and to its PDF when the build makes one. page_src is the
    linking page's path inside docs/<lang>/ ('trainers/index.md'), page_url
    its address inside the language root ('trainers/')."""
    text = f"[{texts['whole_guide_link']}]({'../' * page_src.count('/')}{PAGE}.md)"
    if pdf:
        # Raw HTML, relative to the page's address: MkDocs checks Markdown
        # links against docs/, and the PDF is made after the build.
        href = html_lib.escape(f"{'../' * page_url.count('/')}{PAGE}/{PDF_NAMES[lang]}")
        text += f' (<a href="{href}" type="application/pdf">{html_lib.escape(texts["whole_guide_pdf_short"])}</a>)'
    return text

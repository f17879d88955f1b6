"""MkDocs hooks (see `hooks:` in mkdocs.yml).

- gives templates the page's UI strings and language root;
- fails the build on front matter that MkDocs would silently drop;
- splits the search index by language, so a Swedish page finds Swedish pages only;
- writes a sitemap.xml beside every page: Material fetches "sitemap.xml"
  relative to each hreflang alternate of a page, and a 404 there is a
  console error on every page load.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.plugins import event_priority

from macros import data
from macros.errors import DataError
from macros.front_matter import check_front_matter

# A child of the "mkdocs" logger: its warnings count for the strict build.
log = logging.getLogger("mkdocs.site_hooks")

SEARCH_INDEX = Path("search") / "search_index.json"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _languages(config):
    """[(locale, link)] of the built languages, default first; link like '/' or '/sv/'."""
    i18n = config.plugins["i18n"]
    return [(lang.locale, lang.link) for lang in i18n.config.languages if lang.build]


def _locale_of(page, config) -> str:
    return getattr(page.file, "locale", None) or config.plugins["i18n"].current_language


def on_pre_build(config):
    # `mkdocs serve` rebuilds in the same process: read edited data anew.
    data.load_ui.cache_clear()
    data.load_scales.cache_clear()
    data.load_self_assessment.cache_clear()


def on_env(env, config, files):
    site_url = config.site_url or "/"
    env.globals["absolute_url"] = lambda link: urljoin(site_url, link.lstrip("/"))
    env.globals["format_date"] = _format_date
    return env


PERMALINK_SENTINEL = "__permalink_title__"


def on_page_markdown(markdown, page, config, files):
    # MkDocs drops front matter it cannot parse without a word. A warning
    # fails the strict build at its end, after every other problem is listed.
    try:
        check_front_matter(page.file.abs_src_path, page.file.content_string)
    except DataError as exc:
        log.warning(str(exc))
    return markdown


def on_page_content(html, page, config, files):
    # The toc extension has one permalink title for every language.
    return html.replace(PERMALINK_SENTINEL, data.ui_strings(_locale_of(page, config))["permalink_title"])


def _language_context(locale, config) -> dict:
    link = dict(_languages(config))[locale]
    return {
        "ui": data.ui_strings(locale),
        "ui_lang_root": link.rstrip("/"),  # "" or "/sv"
        "lang_prefix": link.lstrip("/"),  # "" or "sv/"
    }


def on_page_context(context, page, config, nav):
    context.update(_language_context(_locale_of(page, config), config))
    return context


def on_template_context(context, template_name, config):
    # Static templates such as 404.html have no page.
    context.update(_language_context(config.plugins["i18n"].current_language, config))
    return context


def _format_date(value) -> str:
    """Finnish and Swedish both write dates as d.m.yyyy."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return f"{value.day}.{value.month}.{value.year}"


@event_priority(-110)  # after the i18n plugin (-100), which builds the other languages
def on_post_build(config):
    if config.plugins["i18n"].building:
        return  # a nested per-language build: the whole site is not written yet
    site_dir = Path(config.site_dir)
    split_search_index(site_dir, _languages(config))
    write_page_sitemaps(site_dir, config.site_url or "/")


def split_search_index(site_dir: Path, languages) -> None:
    """Write one index per language root, with locations relative to that root."""
    index_path = site_dir / SEARCH_INDEX
    if not index_path.is_file():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    prefixes = [(locale, link.strip("/")) for locale, link in languages]
    for locale, prefix in prefixes:
        others = [p for _, p in prefixes if p and p != prefix]
        docs = []
        for doc in index["docs"]:
            location = doc["location"]
            if prefix:
                if not (location == prefix or location.startswith(prefix + "/")):
                    continue
                location = location[len(prefix) + 1:] if location != prefix else ""
            elif any(location == p or location.startswith(p + "/") for p in others):
                continue
            docs.append({**doc, "location": location})
        out = {**index, "config": {**index["config"], "lang": [locale]}, "docs": docs}
        target = site_dir / prefix / SEARCH_INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


def write_page_sitemaps(site_dir: Path, site_url: str) -> None:
    """Beside each page, a sitemap with that page's own entry and its alternates."""
    root_sitemap = site_dir / "sitemap.xml"
    if not root_sitemap.is_file():
        return
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", "http://www.w3.org/1999/xhtml")
    tree = ET.parse(root_sitemap)
    for url in tree.getroot().findall(f"{{{SITEMAP_NS}}}url"):
        loc = url.findtext(f"{{{SITEMAP_NS}}}loc", "")
        if not loc.startswith(site_url):
            continue
        page_dir = site_dir / loc[len(site_url):]
        if page_dir == site_dir or not page_dir.is_dir():
            continue  # the root sitemap is the one MkDocs wrote
        urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
        urlset.append(url)
        ET.ElementTree(urlset).write(page_dir / "sitemap.xml", encoding="UTF-8", xml_declaration=True)

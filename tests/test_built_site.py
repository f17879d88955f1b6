"""The strictly built static site: languages, links, search and sitemaps."""

from __future__ import annotations

import json
import os
import posixpath
import re
from html import escape as html_escape
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree

import pytest

from macros.loading.ui import ui_strings
from macros.paths import ROOT
from macros.validation.front_matter import check_front_matter

from .html_pages import parse

ALLOWED_EXTERNAL_ATTR = {("a", "href")}  # a link a reader may follow is not a request


@pytest.fixture(scope="module")
def parsed(site):
    return {rel: parse(site.dir / rel / "index.html") for rel in site.pages()}


def lang_of(rel: str) -> str:
    return "sv" if rel.startswith("sv/") else "fi"


def counterpart(rel: str) -> str:
    return rel[3:] if rel.startswith("sv/") else "sv/" + rel


def test_both_languages_have_the_same_pages(site):
    pages = set(site.pages())
    fi = {p for p in pages if lang_of(p) == "fi"}
    sv = {p[3:] for p in pages if lang_of(p) == "sv"}
    assert fi == sv, f"only fi: {sorted(fi - sv)}; only sv: {sorted(sv - fi)}"


def _sitemap_alternates(site) -> dict[str, dict[str, str]]:
    """Page address -> {hreflang: address} from the root sitemap.xml."""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ElementTree.parse(site.dir / "sitemap.xml").getroot()
    return {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in root.findall("s:url", ns)
    }


def test_html_lang_and_hreflang_alternates_in_the_sitemap(site, parsed):
    """The language pairs are in sitemap.xml, not in <head>: Material would
    fetch a sitemap beside every <link rel="alternate"> on every page load."""
    alternates = _sitemap_alternates(site)
    for rel, page in parsed.items():
        assert page.html_lang == lang_of(rel), f"/{rel}: <html lang={page.html_lang!r}>"
        assert page.alternates == [], f"/{rel}: <link rel=alternate> makes Material fetch sitemaps"
        own = {lang_of(rel): rel, lang_of(counterpart(rel)): counterpart(rel)}
        assert alternates.get(site.base_url + rel) == {lang: site.base_url + path for lang, path in own.items()}, (
            f"/{rel}: sitemap.xml alternates {alternates.get(site.base_url + rel)}"
        )


def test_every_page_has_a_meta_description(parsed):
    for rel, page in parsed.items():
        description = page.meta.get("description") or ""
        assert len(description) >= 50, f"/{rel}: meta description missing or too short: {description!r}"


def test_language_switch_links_to_the_same_page(site):
    for rel in site.pages():
        html = (site.dir / rel / "index.html").read_text(encoding="utf-8")
        switch = dict(
            re.findall(r'<a href="([^"]*)" hreflang="(fi|sv)" lang="(?:fi|sv)" class="lang-switch__link"', html)
        )
        target = {v: k for k, v in switch.items()}
        other = lang_of(counterpart(rel))
        resolved = posixpath.normpath(posixpath.join("/" + rel, target[other])) + "/"
        assert resolved.replace("//", "/") == "/" + counterpart(rel), f"/{rel}: switch to {other} -> {resolved}"


def test_every_internal_link_and_fragment_resolves(site, parsed):
    problems = []
    for rel, page in parsed.items():
        page_url = site.base_url + rel
        for tag, attr, value in page.links:
            if value.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            target = urljoin(page_url, value)
            if not target.startswith(site.base_url):
                if (tag, attr) not in ALLOWED_EXTERNAL_ATTR:
                    problems.append(f"/{rel}: <{tag} {attr}> loads another host: {value}")
                continue
            parts = urlsplit(target)
            path = unquote(parts.path)[len(urlsplit(site.base_url).path) :]
            file = site.dir / path
            if path.endswith("/") or path == "":
                file = file / "index.html"
            if not file.is_file():
                problems.append(f"/{rel}: <{tag} {attr}={value}> -> missing {path}")
                continue
            if parts.fragment and file.name == "index.html":
                target_rel = path[: -len("index.html")] if path.endswith("index.html") else path
                target_page = parsed.get(target_rel) or parse(file)
                if unquote(parts.fragment) not in target_page.ids:
                    problems.append(f"/{rel}: link {value} -> no id '#{parts.fragment}' on /{target_rel}")
    assert not problems, "\n".join(problems[:40])


def test_search_index_per_language(site):
    for lang, root in (("fi", ""), ("sv", "sv/")):
        index = json.loads((site.dir / root / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["config"]["lang"] == [lang]
        locations = {doc["location"].split("#")[0] for doc in index["docs"]}
        assert locations, f"{lang}: empty search index"
        for location in locations:
            assert not location.startswith("sv/"), f"{lang} index has a location outside its root: {location}"
            assert (site.dir / root / location / "index.html").is_file(), f"{lang}: {location} is not a page"
        pages = {p[len(root) :] for p in site.pages() if lang_of(p) == lang} - _left_out_of_search(lang)
        assert locations == pages, f"{lang}: index vs pages differ: {sorted(locations ^ pages)}"


def _left_out_of_search(lang: str) -> set[str]:
    """Pages whose front matter says `search: exclude: true` (the whole guide,
    whose text is in the index already, on its own pages)."""
    left_out = set()
    for source in (ROOT / "docs" / lang).rglob("*.md"):
        meta = check_front_matter(source, source.read_text(encoding="utf-8"))
        if (meta.get("search") or {}).get("exclude"):
            url = source.relative_to(ROOT / "docs" / lang).with_suffix("").as_posix()
            left_out.add("" if url == "index" else url.removesuffix("/index").removesuffix("index") + "/")
    return left_out


def test_no_reference_to_font_or_script_hosts(site):
    """Our pages and styles name no outside host. (Material's bundle mentions
    unpkg.com for Mermaid diagrams, which we do not use; the browser tests
    prove that no page requests it.)"""
    offenders = []
    for path in site.dir.rglob("*"):
        if path.suffix in (".html", ".css", ".xml") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            for host in (
                "fonts.googleapis",
                "fonts.gstatic",
                "googletagmanager",
                "google-analytics",
                "cdn.jsdelivr",
                "unpkg.com",
            ):
                if host in text:
                    offenders.append(f"{path.relative_to(site.dir)}: {host}")
    assert not offenders, offenders


def test_no_text_of_the_other_language_in_page_chrome(site):
    titles = {lang: ui_strings(lang)["permalink_title"] for lang in ("fi", "sv")}
    for rel in site.pages():
        html = (site.dir / rel / "index.html").read_text(encoding="utf-8")
        assert "__permalink_title__" not in html
        lang, other = ("sv", "fi") if rel.startswith("sv/") else ("fi", "sv")
        if 'class="headerlink"' in html:
            assert titles[lang] in html, f"/{rel}: no permalink title in the page's language"
        assert titles[other] not in html, f"/{rel}: permalink title of the other language"


def test_search_worker_wraps_the_installed_material_worker(site):
    """The wrapper names Material's hashed worker file; an upgrade must update it."""
    workers = site.dir / "assets" / "javascripts" / "workers"
    wrapper = next(workers.glob("search-worker.*.js")).read_text(encoding="utf-8")
    imported = re.search(r'importScripts\("([^"]+)"', wrapper).group(1)
    assert (workers / imported).is_file(), (
        f"search-worker.js imports {imported}, which this Material version does not ship: "
        f"use one of {sorted(p.name for p in workers.glob('search.*.min.js'))}"
    )


@pytest.mark.parametrize("rel,lang", [("accessibility/", "fi"), ("sv/accessibility/", "sv")])
def test_macro_renders_in_the_page_language(site, rel, lang):
    """feedback_contact() proves the macro wiring: each language gets its own text."""
    expected = html_escape(ui_strings(lang)["feedback_missing"], quote=False)
    html = (site.dir / rel / "index.html").read_text(encoding="utf-8")
    email = os.environ.get("FEEDBACK_EMAIL", "").strip()
    if email:
        assert f'href="mailto:{email}"' in html
    else:
        assert expected in html, f"{rel}: feedback_contact() did not render in the page's language"


def test_no_unrendered_template_syntax(site):
    leftovers = [
        rel
        for rel in site.pages()
        if re.search(r"\{\{|\{%", (site.dir / rel / "index.html").read_text(encoding="utf-8"))
    ]
    assert not leftovers, f"template syntax left in built pages: {leftovers}"

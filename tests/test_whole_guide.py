"""The whole guide on one page per language: the guides and the ten rules in
navigation order, ids unique, links between its pages turned into links
inside it, every other link still leading to a page that exists."""

from __future__ import annotations

import json
import posixpath
import re
from html import unescape

import pytest
import yaml

from macros.loading.ui import ui_strings
from macros.paths import ROOT
from macros.whole_guide import (
    FOLDERS,
    PAGE,
    PDF_NAMES,
    demote_headings,
    link_markdown,
    prefix_ids,
    rewrite_link,
    slug_for,
)

CHAPTERS = {"guides/why-networks/": "guides-why-networks", "rules/goals/": "rules-goals"}


@pytest.mark.parametrize(
    "href, expected",
    [
        ("#questions", "#guides-why-networks--questions"),
        ("../../rules/goals/", "#rules-goals"),
        ("../../rules/goals/#questions", "#rules-goals--questions"),
        ("./", "#guides-why-networks"),
        ("../../tools/network-health/#section-goals", "../tools/network-health/#section-goals"),
        ("../../", "../"),
        ("../../assets/favicon.svg", "../assets/favicon.svg"),
        ("https://www.oph.fi/fi", "https://www.oph.fi/fi"),
        ("mailto:a@example.org", "mailto:a@example.org"),
    ],
)
def test_links_of_a_chapter(href, expected):
    chapters = {**CHAPTERS, "guides/why-networks/": "guides-why-networks"}
    assert rewrite_link(href, "guides/why-networks/", "guides-why-networks", chapters, f"{PAGE}/") == expected


def test_links_in_the_swedish_document():
    chapters = {"sv/guides/cases/": "guides-cases", "sv/rules/trust/": "rules-trust"}
    assert (
        rewrite_link("../../rules/trust/#actions", "sv/guides/cases/", "guides-cases", chapters, f"sv/{PAGE}/")
        == "#rules-trust--actions"
    )
    assert (
        rewrite_link("../../glossary/", "sv/guides/cases/", "guides-cases", chapters, f"sv/{PAGE}/") == "../glossary/"
    )


def test_ids_and_references_get_the_chapter_prefix_and_headings_move_down():
    html = '<h1 id="a">T</h1><h2 id="b">S</h2><label for="c">x</label><div aria-labelledby="b c"></div><h6>z</h6>'
    out = prefix_ids(demote_headings(html), "p")
    assert out == (
        '<h3 id="p--a">T</h3><h4 id="p--b">S</h4><label for="p--c">x</label>'
        '<div aria-labelledby="p--b p--c"></div><h6>z</h6>'
    )


def test_slug_is_the_same_in_both_languages():
    assert slug_for("sv/rules/goals/", "sv/") == slug_for("rules/goals/", "") == "rules-goals"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_links_from_home_and_trainers(lang):
    texts = ui_strings(lang)
    assert link_markdown(lang, "index.md", "", texts, pdf=False) == f"[{texts['whole_guide_link']}]({PAGE}.md)"
    with_pdf = link_markdown(lang, "trainers/index.md", "trainers/", texts, pdf=True)
    assert f"]({'../'}{PAGE}.md)" in with_pdf
    assert f'href="../{PAGE}/{PDF_NAMES[lang]}"' in with_pdf


def _nav_order(lang: str) -> list[str]:
    """Guide and rule pages in the navigation of mkdocs.yml, as chapter slugs."""
    loader = type("Loader", (yaml.SafeLoader,), {})
    loader.add_constructor("!ENV", lambda load, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=loader)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    nav = next(language["nav"] for language in i18n["languages"] if language["locale"] == lang)

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                yield from walk(value)
            else:
                yield value

    pages = [path for path in walk(nav) if path.startswith(FOLDERS)]
    return [slug_for(path.removesuffix(".md").removesuffix("index").rstrip("/") + "/", "") for path in pages]


CHAPTER = re.compile(r'<section class="whole-guide-chapter" id="([^"]+)">')
ID = re.compile(r'\sid="([^"]+)"')
HREF = re.compile(r'\shref="([^"]+)"')


@pytest.mark.parametrize("lang, prefix", [("fi", ""), ("sv", "sv/")])
def test_the_built_document(site, lang, prefix):
    page = f"{prefix}{PAGE}/"
    html = (site.dir / page / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    chapters = CHAPTER.findall(html)
    assert chapters == _nav_order(lang)
    assert not any(slug.startswith("tools") for slug in chapters), "the tools are left out"
    ids = ID.findall(html)
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"ids used twice: {duplicates[:10]}"
    chapter_pages = {f"{prefix}{slug.replace('-', '/', 1)}/" for slug in chapters}
    article = html[html.index("<article") : html.index("</article>")]  # not the site's menu
    for href in map(unescape, HREF.findall(article)):
        if href.startswith("#"):
            assert href[1:] in ids, f"/{page}: {href} leads nowhere"
            continue
        if re.match(r"^[a-z][a-z0-9+.-]*:", href) or href.startswith("//"):
            continue
        target = posixpath.normpath(posixpath.join(page, href.split("#")[0].split("?")[0]))
        target = "" if target == "." else target
        assert target + "/" not in chapter_pages, f"/{page}: {href} leads out to a page that is in the document"
        path = site.dir / target
        assert (path / "index.html").is_file() if not path.suffix else path.is_file(), f"/{page}: {href} is broken"
    # Its text is already in the search index once, on its own pages.
    index = json.loads((site.dir / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert any(location.startswith("rules/goals/") for location in locations), "not this language's index"
    assert not any(location.startswith(f"{PAGE}/") for location in locations)


@pytest.mark.parametrize("prefix", ["", "sv/"])
def test_home_and_trainers_link_to_it(site, prefix):
    for page in ("", "trainers/"):
        html = (site.dir / prefix / page / "index.html").read_text(encoding="utf-8")
        expected = f'href="{"../" * page.count("/")}{PAGE}/"'
        assert expected in html, f"/{prefix}{page} does not link to the whole guide"

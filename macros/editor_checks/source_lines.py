"""Every section of a guide or rule page says what it rests on (issue 20).

Each H2 section of docs/*/guides/*.md and docs/*/rules/*.md ends with one
marker paragraph, an attr_list class on the line after it:

    Lähde: [Pelisäännöt, kohta 9](../sources.md#rules-9) – mitä on käytetty.
    { .source-line }

    Tämä osio on sivuston oma ehdotus, ei lähteiden sisältöä.
    { .own-advice }

A source line links to an entry (or a listed part) on the sources page of
the same language and says after a dash which part was used, so that a
reader can check the claim. The styling is in overrides/assets/stylesheets/site.css.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..loading.errors import Problem
from ..loading.errors import display_path as _display
from ..loading.wording import say
from .content import ANCHOR, ITEM_ANCHOR, Page

CHECKED_FOLDERS = ("guides", "rules")
SOURCES_PAGE = "sources.md"
MARKER = re.compile(r"^\{:?\s*\.(source-line|own-advice)\s*\}\s*$")
SOURCE_LINK = re.compile(r"\]\((?:\.\./)*" + re.escape(SOURCES_PAGE) + r"#([\w-]+)\)")
# After the last link: a dash and at least two words saying which part was used.
PART_NAMED = re.compile(r"\)\s*[–—-]\s*\w+\W+\w+[^()\[\]]*$")
FENCE = re.compile(r"^(```|~~~)")
# Pages another branch is rewriting right now, with markers; remove on merge.
NOT_YET_MARKED: set[str] = set()  # pages the check skips until they are marked (none now)


def sources_anchors(docs: Path, lang: str) -> set[str]:
    """Ids on the sources page: its headings' {#id} and listed parts' {: #id }."""
    text = (docs / lang / SOURCES_PAGE).read_text(encoding="utf-8")
    return set(ANCHOR.findall(text)) | set(ITEM_ANCHOR.findall(text))


def sections(page: Page) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """(line, heading, [(line, text) of the body]) of each H2 section, code left out."""
    found, in_fence = [], False
    for number, line in enumerate(page.body.splitlines(), start=page.body_start + 1):
        if FENCE.match(line.strip()):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if re.match(r"^#{1,2}\s", line):
            found.append((number, line.strip(), []) if line.startswith("## ") else None)
            continue
        if found and found[-1] is not None:
            found[-1][2].append((number, line))
    return [section for section in found if section is not None]


def _marker_paragraph(body: list[tuple[int, str]], index: int) -> str:
    """The paragraph that the marker on body[index] belongs to."""
    lines = []
    for _, text in reversed(body[:index]):
        if not text.strip():
            break
        lines.insert(0, text.strip())
    return " ".join(lines)


def check_section(
    name: str, heading_line: int, heading: str, body: list[tuple[int, str]], anchors: set[str]
) -> list[Problem]:
    title = heading.lstrip("#").strip()
    title = ANCHOR.sub("", title).strip()
    markers = [i for i, (_, text) in enumerate(body) if MARKER.match(text.strip())]
    content = [i for i, (_, text) in enumerate(body) if text.strip()]
    if not markers:
        return [
            Problem(
                name,
                heading_line,
                say(
                    f"osiosta '{title}' puuttuu lähderivi tai merkintä sivuston omasta ehdotuksesta: "
                    "lisää osion loppuun kappale ja sen alle rivi { .source-line } tai { .own-advice } (katso editors.md)",
                    f"avsnittet '{title}' saknar en källrad eller en markering för webbplatsens eget förslag: "
                    "lägg i slutet av avsnittet till ett stycke och under det raden { .source-line } eller { .own-advice } (se editors.md)",
                ),
            )
        ]
    problems = []
    if len(markers) > 1:
        problems.append(
            Problem(
                name,
                body[markers[1]][0],
                say(
                    f"osiossa '{title}' on useampi merkintä: jätä osion loppuun yksi lähderivi tai yksi oman ehdotuksen merkintä",
                    f"avsnittet '{title}' har flera markeringar: lämna en källrad eller en markering för eget förslag i slutet",
                ),
            )
        )
    last = markers[-1]
    if content[-1] != last:
        problems.append(
            Problem(
                name,
                body[last][0],
                say(
                    f"osion '{title}' merkinnän pitää olla osion viimeinen kappale",
                    f"markeringen i avsnittet '{title}' ska vara avsnittets sista stycke",
                ),
            )
        )
    line, marker = body[last]
    paragraph = _marker_paragraph(body, last)
    if not paragraph:
        problems.append(
            Problem(
                name,
                line,
                say(
                    f"osion '{title}' merkinnän yläpuolella ei ole tekstiä: kirjoita lähderivi tai oman ehdotuksen lause rivin yläpuolelle ilman tyhjää riviä",
                    f"ovanför markeringen i avsnittet '{title}' finns ingen text: skriv källraden eller meningen om eget förslag direkt ovanför raden",
                ),
            )
        )
    elif MARKER.match(marker.strip()).group(1) == "source-line":
        linked = SOURCE_LINK.findall(paragraph)
        if not linked:
            problems.append(
                Problem(
                    name,
                    line,
                    say(
                        f"osion '{title}' lähderivi ei linkitä lähdesivun kohtaan (../sources.md#...)",
                        f"källraden i avsnittet '{title}' länkar inte till en punkt på källsidan (../sources.md#...)",
                    ),
                )
            )
        for anchor in linked:
            if anchor not in anchors:
                problems.append(
                    Problem(
                        name,
                        line,
                        say(
                            f"osion '{title}' lähderivin kohtaa #{anchor} ei ole lähdesivulla",
                            f"källraden i avsnittet '{title}' länkar till #{anchor}, som inte finns på källsidan",
                        ),
                    )
                )
        if linked and not PART_NAMED.search(paragraph):
            problems.append(
                Problem(
                    name,
                    line,
                    say(
                        f"osion '{title}' lähderivi ei kerro, mitä lähteestä on käytetty: kirjoita linkin perään ajatusviiva ja lähteen kohta",
                        f"källraden i avsnittet '{title}' säger inte vad som har använts ur källan: skriv efter länken ett tankstreck och källans del",
                    ),
                )
            )
    return problems


def check_source_lines(path: Path, anchors: set[str]) -> list[Problem]:
    """Every H2 section of one guide or rule page ends with one marker."""
    page = Page(path)
    name = _display(path)
    problems = []
    for heading_line, heading, body in sections(page):
        problems += check_section(name, heading_line, heading, body, anchors)
    return problems


def checked_pages(docs: Path):
    """(lang, path) of every guide and rule page."""
    for lang_dir in sorted(p for p in docs.iterdir() if p.is_dir()):
        for folder in CHECKED_FOLDERS:
            for path in sorted((lang_dir / folder).glob("*.md")):
                if f"{folder}/{path.name}" not in NOT_YET_MARKED:
                    yield lang_dir.name, path


def source_line_problems(docs: Path) -> list[Problem]:
    problems = []
    anchors = {}
    for lang, path in checked_pages(docs):
        if lang not in anchors:
            anchors[lang] = sources_anchors(docs, lang)
        problems += check_source_lines(path, anchors[lang])
    return problems

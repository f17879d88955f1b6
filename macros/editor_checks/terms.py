"""Finland-Swedish terms: the Swedish pages use the terms of Finland's
administration, not Sweden's. Each entry: a pattern of Sweden's usage and
the Finland-Swedish term to write instead."""

from __future__ import annotations

import re
from pathlib import Path

from ..loading.errors import Problem, display_path
from ..loading.wording import say

TERMS = [
    (r"elevhälsa\w*|elevhälsoteam\w*", "elevvård / elev- och studerandevård (team: elevvårdsgrupp)"),
    (r"förskola|förskolan|förskolor|förskolorna", "daghem / småbarnspedagogik"),
    (r"förskolechef\w*", "daghemsföreståndare"),
    (r"förskollärare\w*", "lärare inom småbarnspedagogik"),
    (r"Skolverket", "Utbildningsstyrelsen"),
    (r"Regeringskansliet", "Statsrådets kansli"),
    (r"utanförskap\w*", "marginalisering"),
    (r"huvudm(?:an|än|annen|ännen)", "anordnare / utbildningsanordnare"),
    (r"skolsköterska\w*", "hälsovårdare"),
    (r"barnavårdscentral\w*|BVC", "rådgivning / barnrådgivning"),
    (r"socialtjänsten", "socialvården"),
    (r"studie- och yrkesvägledare\w*", "studiehandledare"),
    (r"gymnasieskola\w*", "gymnasium"),
    (r"(?:ge|gett|gav|ger|få|fått|fick) lov|lov att", "tillstånd (lov betyder också skollov)"),
    (r"sägas högt|sagts högt|sagt det högt", "uttalas tydligt / talas öppet om"),
    (r"på ett juste sätt", "ansvarsfullt / rättvist"),
]
PATTERNS = [(re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), use) for pattern, use in TERMS]
# Pages that name Sweden's terms in order to say they are not used.
DISCUSSES_TERMS = ("editors.md", "glossary.md")


def swedish_lines(path: Path):
    """(line number, text) of the Swedish text in a page under docs/sv or a data file's sv: values."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.suffix == ".md":
        yield from enumerate(lines, start=1)
        return
    in_sv = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if re.match(r"^(?:- )?sv:", stripped) or ", sv:" in line:
            in_sv = True
            yield number, line.split("sv:", 1)[1]
        elif in_sv and stripped and not re.match(r"^[\w-]+:", stripped) and not stripped.startswith("- "):
            yield number, line  # a folded continuation of the sv: value
        else:
            in_sv = False


def check_terms(path: Path) -> list[Problem]:
    if path.name in DISCUSSES_TERMS:
        return []
    problems = []
    for number, text in swedish_lines(path):
        for pattern, use in PATTERNS:
            for match in pattern.finditer(text):
                problems.append(
                    Problem(
                        display_path(path),
                        number,
                        say(
                            f"ruotsin termi '{match.group(0)}' on Ruotsin käytäntöä: käytä '{use}'",
                            f"termen '{match.group(0)}' används i Sverige: skriv '{use}'",
                        ),
                    )
                )
    return problems

"""Check a page's front matter while the site builds.

MkDocs silently ignores front matter it cannot parse (the page then loses
its title and description), so a stray colon would go unnoticed. Here it
fails the build with the file and line instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..loading.errors import DataError
from ..loading.wording import say

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
DESCRIPTION_LENGTH = (50, 200)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: the same result, faster


def check_front_matter(path: Path | str, text: str) -> dict:
    """Return the page's front matter, or raise DataError saying what is wrong and where."""
    match = FRONT_MATTER.match(text)
    if not match:
        raise DataError(
            path, 1, "", say("sivulta puuttuu front matter (--- ... ---)", "sidan saknar front matter (--- ... ---)")
        )
    try:
        meta = yaml.load(match.group(1), Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else None  # +1 for 1-based, +1 for the opening ---
        raise DataError(
            path,
            line,
            "",
            say(
                f"front matter ei ole kelvollista YAMLia: {getattr(exc, 'problem', exc)}. "
                "Kaksoispisteen sisältävä teksti lainausmerkkeihin.",
                f"front matter är inte giltig YAML: {getattr(exc, 'problem', exc)}. "
                "Sätt text som innehåller kolon inom citattecken.",
            ),
        ) from exc
    if not isinstance(meta, dict):
        raise DataError(
            path,
            2,
            "",
            say("front matterin pitää olla avain: arvo -pareja", "front matter ska bestå av nyckel: värde-par"),
        )
    lines = _key_lines(match.group(1))
    for key in ("title", "description"):
        if not meta.get(key):
            raise DataError(path, 2, key, say("pakollinen kenttä puuttuu", "obligatoriskt fält saknas"))
    low, high = DESCRIPTION_LENGTH
    length = len(str(meta["description"]))
    if not low <= length <= high:
        raise DataError(
            path,
            lines.get("description"),
            "description",
            say(
                f"kuvauksen pituus on {length} merkkiä, sallittu {low}–{high}",
                f"beskrivningen är {length} tecken, tillåtet {low}–{high}",
            ),
        )
    if "updated" in meta:
        # The date under each page comes from git history now (macros/hooks/git_dates.py):
        # a date typed by hand would only go stale beside it.
        raise DataError(
            path,
            lines.get("updated"),
            "updated",
            say(
                "poista rivi: sivun päivityspäivä tulee nyt git-historiasta, sitä ei kirjoiteta käsin",
                "ta bort raden: sidans uppdateringsdatum kommer nu från git-historiken, det skrivs inte för hand",
            ),
        )
    return meta


def _key_lines(block: str) -> dict[str, int]:
    """Line numbers (in the file) of top-level keys."""
    return {
        m.group(1): number + 2
        for number, line in enumerate(block.splitlines())
        if (m := re.match(r"([A-Za-z_][\w-]*):", line))
    }

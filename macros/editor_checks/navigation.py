"""The two languages' navigations in mkdocs.yml: read, compared, extended.

mkdocs-static-i18n takes a navigation per language; they must list the same
pages in the same order (only the section titles differ), which
check_nav_parity() verifies and add_page() keeps true.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import yaml

from ..loading.errors import Problem
from ..loading.wording import say
from ..paths import ROOT

MKDOCS_YML = ROOT / "mkdocs.yml"
PAGE_LINE = re.compile(r"^(\s*)- (?:[^:\n]+: )?([\w/.-]+\.md)\s*$")


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !ENV tags; their values do not matter here."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def _pages(nav) -> list[str]:
    found = []
    for entry in nav or []:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            found += _pages(value)
        elif isinstance(value, str):
            found.append(value)
    return found


def language_navs(path: Path = MKDOCS_YML) -> dict[str, list[str]]:
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    return {lang["locale"]: _pages(lang.get("nav")) for lang in i18n["languages"]}


def not_in_nav(path: Path = MKDOCS_YML) -> set[str]:
    """Pages kept out of the navigation on purpose (mkdocs.yml: not_in_nav), per language folder."""
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    entries = [line.strip().lstrip("/") for line in (config.get("not_in_nav") or "").splitlines() if line.strip()]
    return {entry.split("/", 1)[1] for entry in entries if "/" in entry}


def check_nav_parity(path: Path = MKDOCS_YML) -> list[Problem]:
    navs = language_navs(path)
    fi, sv = navs.get("fi", []), navs.get("sv", [])
    if fi == sv:
        return []
    missing_sv = [p for p in fi if p not in sv]
    missing_fi = [p for p in sv if p not in fi]
    if missing_sv or missing_fi:
        detail = say(
            f"ruotsista puuttuu: {missing_sv}; suomesta puuttuu: {missing_fi}",
            f"saknas på svenska: {missing_sv}; saknas på finska: {missing_fi}",
        )
    else:
        detail = say("järjestys eroaa", "ordningen skiljer sig")
    return [
        Problem(
            "mkdocs.yml",
            None,
            say(
                f"suomen ja ruotsin valikoissa pitää olla samat sivut samassa järjestyksessä: {detail}",
                f"den finska och den svenska menyn ska ha samma sidor i samma ordning: {detail}",
            ),
            "nav",
        )
    ]


def add_page(rel: str, path: Path = MKDOCS_YML) -> None:
    """Add docs path `rel` (e.g. 'guides/new.md') after the last page of its
    folder, in every language's navigation. Comments and layout stay."""
    folder = rel.rsplit("/", 1)[0] if "/" in rel else ""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if re.match(r"^\s*- locale: \w+", line)] + [len(lines)]
    inserts = []
    for start, end in itertools.pairwise(starts):
        in_folder = [
            i
            for i in range(start, end)
            if (m := PAGE_LINE.match(lines[i]))
            and (m.group(2).rsplit("/", 1)[0] if "/" in m.group(2) else "") == folder
        ]
        if not folder or not in_folder:
            raise ValueError(
                say(
                    f"valikossa ei ole kansion '{folder}' osiota: lisää uuden osion ensimmäinen sivu käsin",
                    f"menyn har ingen avdelning för mappen '{folder}': lägg till en ny avdelnings första sida för hand",
                )
            )
        inserts.append(in_folder[-1])
    for index in sorted(inserts, reverse=True):
        indent = PAGE_LINE.match(lines[index]).group(1)
        lines.insert(index + 1, f"{indent}- {rel}\n")
    path.write_text("".join(lines), encoding="utf-8")

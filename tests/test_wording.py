"""Editors' messages speak one language: Finnish, or Swedish when LANG starts with "sv"."""

from __future__ import annotations

import re

import pytest

from macros.loading.wording import message_language, say
from macros.paths import ROOT


@pytest.mark.parametrize(
    "lang,expected",
    [
        ("sv_FI.UTF-8", "sv"),
        ("sv_SE.UTF-8", "sv"),
        ("sv", "sv"),
        ("fi_FI.UTF-8", "fi"),
        ("C.UTF-8", "fi"),
        ("en_US.UTF-8", "fi"),
        ("", "fi"),
    ],
)
def test_language_follows_lang(monkeypatch, lang, expected):
    monkeypatch.setenv("LANG", lang)
    assert message_language() == expected
    assert say("suomeksi", "på svenska") == {"fi": "suomeksi", "sv": "på svenska"}[expected]


def test_no_lang_means_finnish(monkeypatch):
    monkeypatch.delenv("LANG", raising=False)
    assert say("suomeksi", "på svenska") == "suomeksi"


# What the two-language messages were built of; none may come back.
BILINGUAL = re.compile(
    r"rivi/rad|kohta/nyckel|nyt/nu|puuttuu / |/ saknas|olemassa / finns|"
    r"ei voitu ajaa / |Korjaa ja aja uudelleen / |Kaikki kunnossa / "
)
EDITOR_FACING = [
    *sorted((ROOT / "macros").rglob("*.py")),
    *(ROOT / "scripts" / name for name in ("check.py", "new_page.py", "link_inventory.py")),
]


@pytest.mark.parametrize("path", EDITOR_FACING, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_two_language_messages_are_left(path):
    found = [
        f"{n}: {line.strip()}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BILINGUAL.search(line)
    ]
    assert not found, "say(fi, sv) instead:\n" + "\n".join(found)

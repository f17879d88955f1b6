"""The build-time front matter check names the file, line and key."""

from __future__ import annotations

import pytest

from macros.loading.errors import DataError
from macros.validation.front_matter import check_front_matter

GOOD = """---
title: Otsikko
description: "Kuvaus, jossa on kaksoispiste: se on lainausmerkeissä ja tarpeeksi pitkä."
---

# Otsikko
"""


def test_valid_front_matter_is_returned():
    meta = check_front_matter("docs/fi/x.md", GOOD)
    assert meta["title"] == "Otsikko"


def test_unquoted_colon_names_file_and_line():
    text = GOOD.replace('"Kuvaus, jossa on kaksoispiste: se on', "Kuvaus: rikki: se on").replace(
        'tarpeeksi pitkä."', "tarpeeksi pitkä."
    )
    with pytest.raises(DataError) as info:
        check_front_matter("docs/fi/x.md", text)
    assert info.value.line == 3
    assert "docs/fi/x.md" in str(info.value) and "YAML" in str(info.value)


@pytest.mark.parametrize("key", ["title", "description"])
def test_missing_key_is_named(key):
    text = "\n".join(line for line in GOOD.splitlines() if not line.startswith(key + ":")) + "\n"
    with pytest.raises(DataError) as info:
        check_front_matter("docs/sv/y.md", text)
    assert info.value.key == key


def test_short_description_gives_its_length():
    with pytest.raises(DataError) as info:
        check_front_matter("docs/fi/x.md", GOOD.replace(GOOD.splitlines()[2], "description: Liian lyhyt."))
    assert info.value.key == "description" and info.value.line == 3
    assert str(len("Liian lyhyt.")) in info.value.message


def test_a_hand_written_date_is_refused_naming_its_line():
    """Page dates come from git history; a typed `updated:` would go stale beside them."""
    text = GOOD.replace("---\n\n#", "updated: 2026-11-24\n---\n\n#", 1)
    with pytest.raises(DataError) as info:
        check_front_matter("docs/fi/x.md", text)
    assert info.value.key == "updated" and info.value.line == 4
    assert "git" in info.value.message


def test_page_without_front_matter():
    with pytest.raises(DataError):
        check_front_matter("docs/fi/x.md", "# Otsikko\n")

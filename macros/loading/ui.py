"""Interface texts (data/ui.yml) for templates and scripts, per language."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .. import paths
from .errors import raise_problems
from .types import Text
from .validate import require_mapping, schema_problems, validate
from .wording import say
from .yaml_source import load_yaml

PLACEHOLDER = re.compile(r"\{(\w+)\}")


class MissingText(RuntimeError):
    """Not a LookupError on purpose: Jinja turns those into a silent empty string."""


class UIStrings(dict):
    """The texts of one language; asking for a key that is not there fails the build."""

    def __init__(self, lang: str, texts: dict[str, str]):
        super().__init__(texts)
        self.lang = lang

    def __missing__(self, key):
        raise MissingText(
            say(
                f"data/ui.yml: käyttöliittymän teksti '{key}' puuttuu", f"data/ui.yml: gränssnittstexten '{key}' saknas"
            )
        )


@cache
def load_ui(data_dir: Path | None = None) -> dict[str, Text]:
    source = load_yaml((data_dir or paths.DATA_DIR) / "ui.yml")
    raw = require_mapping(source)
    raise_problems([problem for key in raw for problem in schema_problems(Text, source, (key,))])
    return {key: validate(Text, source, (key,)) for key in raw}


def ui_strings(lang: str, data_dir: Path | None = None) -> UIStrings:
    return UIStrings(lang, {key: text[lang] for key, text in load_ui(data_dir).items()})


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def fill(template: str, **values) -> str:
    """'{count} answers' with count=3 -> '3 answers'; the same rule as fill() in dom.js."""
    return PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)

"""Old addresses and where they now are (data/redirects.yml): read and
checked here, written as pages by macros/hooks/redirects.py."""

from __future__ import annotations

from pathlib import Path

from .errors import DataError
from .wording import say
from .yaml_source import load_yaml


def load_redirects(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    data = load_yaml(path).data or {}  # a YAML mistake is named with its line
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise DataError(
            path,
            None,
            "",
            say(
                "kirjoita rivit muodossa 'vanha/polku/: uusi/polku/'",
                "skriv raderna i formen 'gammal/sökväg/: ny/sökväg/'",
            ),
        )
    return data

"""Load YAML and remember the line of every key, so errors can name it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import DataError
from .wording import say

# libyaml (bundled with PyYAML's wheels) parses about ten times faster than
# the pure-Python parser, which was most of the build's time; the results
# are the same.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple  # a location inside the document, e.g. ("sections", 2, "items", 0, "text")


@dataclass
class YamlSource:
    path: Path
    data: object
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, loc: Path_) -> int | None:
        """Line of the deepest known key on the way to `loc`."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), None)


def load_yaml(path: Path) -> YamlSource:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(path, None, "", say(f"tiedostoa ei voi lukea: {exc}", f"filen kan inte läsas: {exc}")) from exc
    try:
        node, data = _parse(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(
            path,
            line,
            "",
            say(
                f"YAML-muoto on virheellinen: {problem} (tarkista sisennys, kaksoispisteet ja lainausmerkit)",
                f"YAML-formatet är felaktigt: {problem} (kontrollera indrag, kolon och citattecken)",
            ),
        ) from exc
    lines: dict[Path_, int] = {}
    if node is not None:
        _collect_lines(node, (), lines)
    return YamlSource(path, data, lines)


def _parse(text: str):
    """The document's node tree (for lines) and its data, from one parse."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def _collect_lines(node, loc: Path_, lines: dict[Path_, int]) -> None:
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key_loc = loc + (key_node.value,)
            lines[key_loc] = key_node.start_mark.line + 1
            _collect_lines(value_node, key_loc, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, loc + (index,), lines)

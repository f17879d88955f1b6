"""One way to name a problem in what an editor wrote: file, line, key, what."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..paths import ROOT


def display_path(path: Path | str) -> str:
    """Project-relative path for editors, e.g. data/self-assessments/x.yml."""
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def describe(path: str, line: int | None, key: str, message: str) -> str:
    where = path + (f", rivi/rad {line}" if line else "")
    where += f", kohta/nyckel '{key}'" if key else ""
    return f"{where}: {message}"


class DataError(Exception):
    """A problem in a data file, named by file, line and key, in plain words."""

    def __init__(self, path: Path | str, line: int | None, key: str, message: str):
        self.path = Path(path)
        self.line = line
        self.key = key
        self.message = message
        super().__init__(describe(display_path(self.path), line, key, message))


@dataclass(frozen=True)
class Problem:
    """A problem found by a check; printed exactly like a DataError."""

    path: str
    line: int | None
    message: str
    key: str = ""

    def __str__(self) -> str:
        return describe(self.path, self.line, self.key, self.message)

    @classmethod
    def of(cls, error: DataError) -> "Problem":
        return cls(display_path(error.path), error.line, error.message, error.key)


def format_loc(loc) -> str:
    """('sections', 2, 'items', 0, 'text') -> 'sections[2].items[0].text'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out

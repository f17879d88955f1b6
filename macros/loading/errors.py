"""One way to name a problem in what an editor wrote: file, line, key, what."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..paths import ROOT
from .wording import say


def display_path(path: Path | str) -> str:
    """Project-relative path for editors, e.g. data/self-assessments/x.yml."""
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def describe(path: str, line: int | None, key: str, message: str) -> str:
    where = path + (say(f", rivi {line}", f", rad {line}") if line else "")
    where += say(f", kohta '{key}'", f", nyckel '{key}'") if key else ""
    return f"{where}: {message}"


class DataError(Exception):
    """A problem in a data file, named by file, line and key, in plain words."""

    def __init__(self, path: Path | str, line: int | None, key: str, message: str):
        self.path = Path(path)
        self.line = line
        self.key = key
        self.message = message
        super().__init__(describe(display_path(self.path), line, key, message))

    @property
    def errors(self) -> list[DataError]:
        """Every problem this exception reports (see DataErrors)."""
        return [self]


class DataErrors(DataError):
    """Every problem found in one data file, in the order of its lines.

    A DataError itself (path, line, key and message are the first problem's),
    so code that reports one problem reports these too; str() lists them all,
    one per line.
    """

    def __init__(self, errors: list[DataError]):
        if not errors:
            raise ValueError("DataErrors needs at least one DataError")
        flat = [error for given in errors for error in given.errors]
        # Stable: problems on one line keep the order they were found in.
        self._errors = sorted(flat, key=lambda e: (str(e.path), e.line or 0))
        first = self._errors[0]
        super().__init__(first.path, first.line, first.key, first.message)
        self.args = ("\n".join(str(error) for error in self._errors),)

    @property
    def errors(self) -> list[DataError]:
        return list(self._errors)


def raise_problems(problems: list[DataError]) -> None:
    """Raise every problem at once, if there is any."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise DataErrors(problems)


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
    def of(cls, error: DataError) -> Problem:
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

"""One error type for everything an editor can get wrong in data files."""
from __future__ import annotations

from pathlib import Path


class DataError(Exception):
    """A problem in a data file, named by file, line and key, in plain words."""

    def __init__(self, path: Path | str, line: int | None, key: str, message: str):
        self.path = Path(path)
        self.line = line
        self.key = key
        self.message = message
        where = _display(self.path)
        if line:
            where += f", rivi/rad {line}"
        if key:
            where += f", kohta/nyckel '{key}'"
        super().__init__(f"{where}: {message}")


def format_loc(loc) -> str:
    """('sections', 2, 'items', 0, 'text') -> 'sections[2].items[0].text'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _display(path: Path) -> str:
    """Project-relative path for editors, e.g. data/self-assessments/x.yml."""
    root = Path(__file__).resolve().parent.parent
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)

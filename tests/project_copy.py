"""A copy of the project in a temporary folder, for tests that break something and build it."""

from __future__ import annotations

import shutil
from pathlib import Path

from macros.paths import ROOT

PROJECT_PARTS = [
    "docs",
    "data",
    "macros",
    "overrides",
    "mkdocs.yml",
    ".git-blame-ignore-revs",
    "links.txt",
    "Makefile",
    "scripts/check.py",
    "tests/fixtures/seeds",
    "scripts/html-checker/node_modules",
]


def copy_project(target: Path) -> Path:
    for part in PROJECT_PARTS:
        source = ROOT / part
        copied = target / part
        copied.parent.mkdir(parents=True, exist_ok=True)
        if part.endswith("node_modules"):
            if source.is_dir():
                copied.symlink_to(source, target_is_directory=True)  # the HTML checker, shared
        elif source.is_dir():
            shutil.copytree(source, copied, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True)
        else:
            shutil.copy2(source, copied)
    return target

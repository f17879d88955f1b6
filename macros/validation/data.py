"""Every data file under data/, each read on its own, every problem listed.

Shared by `make check` and the build (macros/hooks/site.py), so both name
the same problems in the same words.
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..components import COMPONENTS
from ..loading.errors import DataError
from ..loading.redirects import load_redirects
from ..loading.ui import load_ui
from ..loading.validate import every_problem
from ..loading.yaml_source import load_yaml


def data_problems(data_dir: Path | None = None, docs_dir: Path | None = None) -> list[DataError]:
    """Every problem of every data file: interface texts, redirects, each component's files;
    any other YAML file under data/ is at least parsed."""
    folder = data_dir or paths.DATA_DIR
    problems = every_problem(load_ui, data_dir)
    problems += every_problem(load_redirects, folder / "redirects.yml")
    for component in COMPONENTS:
        problems += component.check_data(data_dir, docs_dir)
    reported = {problem.path.resolve() for problem in problems}
    for path in sorted(folder.rglob("*.yml")):
        if path.resolve() not in reported:
            problems += every_problem(load_yaml, path)
    return problems

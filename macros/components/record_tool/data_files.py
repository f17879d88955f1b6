"""A folder of data files, one tool each (data/<folder>/<id>.yml): loading
one by id with every problem raised at once, loading all, and listing every
problem of every file, each file read on its own."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from ... import paths
from ...links import missing_link_target
from ...loading.errors import DataError, format_loc, raise_problems
from ...loading.retired import retired_problems
from ...loading.types import PAGE_LINK, Id, Strict, Text
from ...loading.validate import duplicates, every_problem, id_matches_file, require_mapping, schema_problems, walk
from ...loading.wording import say
from ...loading.yaml_source import YamlSource, load_yaml


def structure_problems(source: YamlSource, docs_dir: Path, groups: str, items: str, link: str) -> list[DataError]:
    """What every tool file must hold beyond its schema: unique group and item
    ids (answers are stored under them), retired ids accounted for, and page
    links that lead somewhere. groups: "sections"; items: "items"; link: "read_more"."""
    item_ids = (groups, "*", items, "*", "id")
    problems = duplicates(source, (groups, "*", "id")) + duplicates(source, item_ids)
    problems += retired_problems(source, item_ids)
    for loc, target in walk(source.data, (groups, "*", link)):
        problem = (
            missing_link_target(target, docs_dir) if isinstance(target, str) and PAGE_LINK.fullmatch(target) else None
        )
        if problem:
            problems.append(DataError(source.path, source.line_of(loc), format_loc(loc), problem))
    return problems


class ToolFile(Strict):
    """What every tool's data file starts with. `version` goes up with every
    change to the questions, so that stored answers can tell which they answered."""

    id: Id
    version: int = Field(ge=1)
    title: Text
    description: Text


class DataFolder:
    def __init__(
        self,
        folder: str,
        model: type[BaseModel],
        check: Callable[[YamlSource, Path], list[DataError]],
        noun: tuple[str, str],
    ):
        """check(source, docs_dir): what the schema cannot say, read from the
        raw data; noun: what one file is, e.g. ("työkirjaa", "arbetsbladet")."""
        self.folder, self.model, self.check, self.noun = folder, model, check, noun
        self.load = lru_cache(maxsize=None)(self._load)

    def path(self, data_dir: Path | None = None) -> Path:
        return (data_dir or paths.DATA_DIR) / self.folder

    def _load(self, tool_id: str, data_dir: Path | None = None, docs_dir: Path | None = None):
        # Folders are looked up when called, so tests can point them elsewhere.
        folder, docs_dir = self.path(data_dir), docs_dir or paths.DOCS_DIR
        path = folder / f"{tool_id}.yml"
        if not path.is_file():
            known = ", ".join(sorted(p.stem for p in folder.glob("*.yml"))) or "-"
            fi, sv = self.noun
            raise DataError(
                path,
                None,
                "",
                say(f"{fi} '{tool_id}' ei ole (olemassa: {known})", f"{sv} '{tool_id}' finns inte (finns: {known})"),
            )
        source = load_yaml(path)
        require_mapping(source)
        raise_problems(schema_problems(self.model, source) + id_matches_file(source) + self.check(source, docs_dir))
        return self.model.model_validate(source.data)

    def load_all(self, data_dir: Path | None = None, docs_dir: Path | None = None) -> list:
        return [self.load(p.stem, data_dir, docs_dir) for p in sorted(self.path(data_dir).glob("*.yml"))]

    def check_all(self, data_dir: Path | None = None, docs_dir: Path | None = None) -> list[DataError]:
        """Every problem of every file in the folder."""
        return [
            problem
            for p in sorted(self.path(data_dir).glob("*.yml"))
            for problem in every_problem(self.load, p.stem, data_dir, docs_dir)
        ]

    def clear_caches(self) -> None:
        self.load.cache_clear()

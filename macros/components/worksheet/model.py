"""Worksheets and checklists: schema, loading and the checks a schema cannot express.

A worksheet is data/worksheets/<id>.yml: parts in order, each with fields
of a few kinds. A checklist is the same file with `kind: checklist`, whose
fields are all check items. Answers are stored under the field ids, so ids
are stable and never reused.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field as Spec

from ... import paths
from ...links import missing_link_target
from ...loading.errors import DataError, format_loc, raise_problems
from ...loading.retired import RetiredItem, retired_problems
from ...loading.types import PAGE_LINK, Id, PageLink, Strict, Text
from ...loading.validate import duplicates, every_problem, id_matches_file, require_mapping, schema_problems, walk
from ...loading.wording import say
from ...loading.yaml_source import YamlSource, load_yaml

FOLDER = "worksheets"
CHOICE_KINDS = ("choice", "choices")
# What each kind of field stores: text, a date (yyyy-mm-dd), an option id,
# a list of option ids, {checked, note}, or a list of rows.
FieldKind = Literal["text", "textarea", "date", "choice", "choices", "check", "rows"]
ColumnKind = Literal["text", "textarea", "date", "choice"]


class Option(Strict):
    id: Id
    label: Text


class Column(Strict):
    id: Id
    kind: ColumnKind = "text"
    label: Text
    options: list[Option] = []


class PresetRow(Strict):
    """A row a repeating group starts with, e.g. a service the sources name."""

    id: Id
    label: Text


class Field(Strict):
    id: Id
    kind: FieldKind
    label: Text
    help: Text | None = None
    options: list[Option] = []  # choice, choices
    row_label: Text | None = None  # rows: what names a row ("Actor")
    columns: list[Column] = []  # rows
    preset: list[PresetRow] = []  # rows
    prefill: bool = False  # rows: takes rows from a link (?row=...), e.g. from self-assessment results


class Part(Strict):
    id: Id
    title: Text
    intro: Text | None = None
    guide: PageLink | None = None  # where the guidance for this part is
    fields: list[Field] = Spec(min_length=1)


class Worksheet(Strict):
    id: Id
    version: int = Spec(ge=1)
    kind: Literal["worksheet", "checklist"] = "worksheet"
    title: Text
    description: Text
    parts: list[Part] = Spec(min_length=1)
    retired: list[RetiredItem] = []  # fields no longer asked (macros/loading/retired.py)

    def fields(self):
        for part in self.parts:
            yield from part.fields


@lru_cache(maxsize=None)
def load(worksheet_id: str, data_dir: Path | None = None, docs_dir: Path | None = None) -> Worksheet:
    # Folders are looked up when called, so tests can point them elsewhere.
    data_dir, docs_dir = data_dir or paths.DATA_DIR, docs_dir or paths.DOCS_DIR
    folder = data_dir / FOLDER
    path = folder / f"{worksheet_id}.yml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in folder.glob("*.yml"))) or "-"
        raise DataError(path, None, "",
                        say(f"työkirjaa '{worksheet_id}' ei ole (olemassa: {known})",
                            f"arbetsbladet '{worksheet_id}' finns inte (finns: {known})"))
    source = load_yaml(path)
    require_mapping(source)
    raise_problems(schema_problems(Worksheet, source) + _check(source, docs_dir))
    return Worksheet.model_validate(source.data)


def load_all(data_dir: Path | None = None, docs_dir: Path | None = None) -> list[Worksheet]:
    folder = (data_dir or paths.DATA_DIR) / FOLDER
    return [load(p.stem, data_dir, docs_dir) for p in sorted(folder.glob("*.yml"))]


def check_all(data_dir: Path | None = None, docs_dir: Path | None = None) -> list[DataError]:
    """Every problem of every worksheet and checklist, each file read on its own."""
    folder = (data_dir or paths.DATA_DIR) / FOLDER
    return [problem for path in sorted(folder.glob("*.yml"))
            for problem in every_problem(load, path.stem, data_dir, docs_dir)]


def clear_caches() -> None:
    load.cache_clear()
    prefill_page.cache_clear()


def _problem(source: YamlSource, loc: tuple, fi: str, sv: str) -> DataError:
    return DataError(source.path, source.line_of(loc), format_loc(loc), say(fi, sv))


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _check(source: YamlSource, docs_dir: Path) -> list[DataError]:
    """What the schema cannot say, read from the raw data so that it runs beside the schema's problems."""
    problems = id_matches_file(source)
    problems += duplicates(source, ("parts", "*", "id"))
    problems += duplicates(source, ("parts", "*", "fields", "*", "id"))
    problems += retired_problems(source, ("parts", "*", "fields", "*", "id"))
    for loc, link in walk(source.data, ("parts", "*", "guide")):
        problem = missing_link_target(link, docs_dir) if isinstance(link, str) and PAGE_LINK.fullmatch(link) else None
        if problem:
            problems.append(DataError(source.path, source.line_of(loc), format_loc(loc), problem))
    kind = source.data.get("kind", "worksheet")
    for loc, field in walk(source.data, ("parts", "*", "fields", "*")):
        if isinstance(field, dict):
            problems += _check_field(field, loc, source, kind)
    return problems


def _check_field(field: dict, loc: tuple, source: YamlSource, kind: str) -> list[DataError]:
    problems = []
    field_kind, options = field.get("kind"), _list(field.get("options"))
    columns, preset = _list(field.get("columns")), _list(field.get("preset"))
    if kind == "checklist" and isinstance(field_kind, str) and field_kind != "check":
        problems.append(_problem(source, loc + ("kind",),
                                 "tarkistuslistan kohtien laji on 'check'", "i en checklista är alla punkters typ 'check'"))
    if field_kind in CHOICE_KINDS:
        if len(options) < 2:
            problems.append(_problem(source, loc + ("options",),
                                     "valintakentässä pitää olla vähintään kaksi vaihtoehtoa (options)",
                                     "ett valfält ska ha minst två alternativ (options)"))
        problems += duplicates(source, ("options", "*", "id"), field, loc)
    elif options:
        problems.append(_problem(source, loc + ("options",),
                                 "vaihtoehdot (options) sopivat vain lajeille choice ja choices",
                                 "alternativ (options) passar bara för typerna choice och choices"))
    if field_kind == "rows":
        if not columns or field.get("row_label") is None:
            problems.append(_problem(source, loc + ("columns",),
                                     "toistuvalla ryhmällä pitää olla row_label ja sarakkeet (columns)",
                                     "en upprepad grupp ska ha row_label och kolumner (columns)"))
        problems += duplicates(source, ("columns", "*", "id"), field, loc)
        problems += duplicates(source, ("preset", "*", "id"), field, loc)
        for ci, column in enumerate(columns):
            if isinstance(column, dict) and (column.get("kind", "text") == "choice") != bool(_list(column.get("options"))):
                problems.append(_problem(source, loc + ("columns", ci, "options"),
                                         "vain choice-sarakkeella on vaihtoehdot, ja sillä niitä pitää olla",
                                         "bara en choice-kolumn har alternativ, och den måste ha dem"))
    elif columns or preset or field.get("row_label") or field.get("prefill"):
        problems.append(_problem(source, loc + ("kind",),
                                 "columns, preset, row_label ja prefill sopivat vain lajille rows",
                                 "columns, preset, row_label och prefill passar bara för typen rows"))
    return problems


@lru_cache(maxsize=None)
def prefill_page(docs_dir: Path | None = None) -> str | None:
    """The docs path of the page whose worksheet takes rows from a link
    (a rows field with `prefill: true`), e.g. 'tools/action-plan.md', if any."""
    docs_dir = docs_dir or paths.DOCS_DIR
    takers = [w.id for w in load_all(docs_dir=docs_dir) if any(f.prefill for f in w.fields())]
    for page in sorted((docs_dir / "fi").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        if any(f'worksheet("{taker}")' in text for taker in takers):
            return page.relative_to(docs_dir / "fi").as_posix()
    return None

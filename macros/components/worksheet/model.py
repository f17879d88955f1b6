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
from ...loading.errors import DataError, format_loc
from ...loading.types import Id, PageLink, Strict, Text
from ...loading.validate import check_id_matches_file, check_unique, require_mapping, validate
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
                        f"työkirjaa '{worksheet_id}' ei ole / arbetsbladet '{worksheet_id}' finns inte (olemassa / finns: {known})")
    source = load_yaml(path)
    require_mapping(source)
    worksheet = validate(Worksheet, source)
    _check(worksheet, source, docs_dir)
    return worksheet


def load_all(data_dir: Path | None = None, docs_dir: Path | None = None) -> list[Worksheet]:
    folder = (data_dir or paths.DATA_DIR) / FOLDER
    return [load(p.stem, data_dir, docs_dir) for p in sorted(folder.glob("*.yml"))]


def clear_caches() -> None:
    load.cache_clear()
    prefill_page.cache_clear()


def _problem(source: YamlSource, loc: tuple, message: str) -> DataError:
    return DataError(source.path, source.line_of(loc), format_loc(loc), message)


def _check(worksheet: Worksheet, source: YamlSource, docs_dir: Path) -> None:
    check_id_matches_file(worksheet.id, source)
    check_unique([p.id for p in worksheet.parts], source, lambda i: ("parts", i, "id"))
    field_locs = [("parts", pi, "fields", fi) for pi, p in enumerate(worksheet.parts) for fi, _ in enumerate(p.fields)]
    check_unique([f.id for f in worksheet.fields()], source, lambda i: field_locs[i] + ("id",))
    for pi, part in enumerate(worksheet.parts):
        if part.guide:
            problem = missing_link_target(part.guide, docs_dir)
            if problem:
                raise _problem(source, ("parts", pi, "guide"), problem)
    for loc, field in zip(field_locs, worksheet.fields()):
        _check_field(field, loc, source, worksheet.kind)


def _check_field(field: Field, loc: tuple, source: YamlSource, kind: str) -> None:
    if kind == "checklist" and field.kind != "check":
        raise _problem(source, loc + ("kind",),
                       "tarkistuslistan kohtien laji on 'check' / i en checklista är alla punkters typ 'check'")
    if field.kind in CHOICE_KINDS:
        if len(field.options) < 2:
            raise _problem(source, loc + ("options",),
                           "valintakentässä pitää olla vähintään kaksi vaihtoehtoa (options) / ett valfält ska ha minst två alternativ (options)")
        check_unique([o.id for o in field.options], source, lambda i: loc + ("options", i, "id"))
    elif field.options:
        raise _problem(source, loc + ("options",),
                       "vaihtoehdot (options) sopivat vain lajeille choice ja choices / alternativ (options) passar bara för typerna choice och choices")
    if field.kind == "rows":
        if not field.columns or field.row_label is None:
            raise _problem(source, loc + ("columns",),
                           "toistuvalla ryhmällä pitää olla row_label ja sarakkeet (columns) / en upprepad grupp ska ha row_label och kolumner (columns)")
        check_unique([c.id for c in field.columns], source, lambda i: loc + ("columns", i, "id"))
        check_unique([r.id for r in field.preset], source, lambda i: loc + ("preset", i, "id"))
        for ci, column in enumerate(field.columns):
            if (column.kind == "choice") != bool(column.options):
                raise _problem(source, loc + ("columns", ci, "options"),
                               "vain choice-sarakkeella on vaihtoehdot, ja sillä niitä pitää olla / bara en choice-kolumn har alternativ, och den måste ha dem")
    elif field.columns or field.preset or field.row_label or field.prefill:
        raise _problem(source, loc + ("kind",),
                       "columns, preset, row_label ja prefill sopivat vain lajille rows / columns, preset, row_label och prefill passar bara för typen rows")


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

"""Worksheets and checklists: schema, loading and the checks a schema cannot express.

A worksheet is data/worksheets/<id>.yml: parts in order, each with fields
of a few kinds (kinds.py). A checklist is the same file with `kind: checklist`,
whose fields are all check items. Answers are stored under the field ids, so
ids are stable and never reused.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field as Spec

from ... import paths
from ...links import page_calling
from ...loading.errors import DataError
from ...loading.retired import RetiredItem
from ...loading.types import Id, PageLink, Strict, Text
from ...loading.validate import problem_at, walk
from ...loading.yaml_source import YamlSource
from ..record_tool.data_files import DataFolder, ToolFile, structure_problems
from .kinds import CHECKLIST_KIND, COLUMN_KINDS, FIELD_KINDS, check_field

FOLDER = "worksheets"
# The kinds come from kinds.py: what each stores and how it is checked.
FieldKind = Literal[FIELD_KINDS]
ColumnKind = Literal[COLUMN_KINDS]


class Option(Strict):
    id: Id
    label: Text


class Column(Strict):
    id: Id
    kind: ColumnKind = "text"
    label: Text
    options: list[Option] = []  # choice
    unit: Text | None = None  # number


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
    unit: Text | None = None  # number: "h/kk", "€"
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


class Worksheet(ToolFile):
    kind: Literal["worksheet", "checklist"] = "worksheet"
    parts: list[Part] = Spec(min_length=1)
    retired: list[RetiredItem] = []  # fields no longer asked (macros/loading/retired.py)

    def fields(self):
        for part in self.parts:
            yield from part.fields


def _check(source: YamlSource, docs_dir: Path) -> list[DataError]:
    """What the schema cannot say, read from the raw data so that it runs beside the schema's problems."""
    problems = structure_problems(source, docs_dir, "parts", "fields", "guide")
    checklist = source.data.get("kind", "worksheet") == "checklist"
    for loc, field in walk(source.data, ("parts", "*", "fields", "*")):
        if not isinstance(field, dict):
            continue
        if checklist and isinstance(field.get("kind"), str) and field["kind"] != CHECKLIST_KIND:
            problems.append(
                problem_at(
                    source,
                    loc + ("kind",),
                    f"tarkistuslistan kohtien laji on '{CHECKLIST_KIND}'",
                    f"i en checklista är alla punkters typ '{CHECKLIST_KIND}'",
                )
            )
        problems += check_field(field, loc, source)
    return problems


WORKSHEETS = DataFolder(FOLDER, Worksheet, _check, noun=("työkirjaa", "arbetsbladet"))
load, load_all, check_all = WORKSHEETS.load, WORKSHEETS.load_all, WORKSHEETS.check_all


def clear_caches() -> None:
    WORKSHEETS.clear_caches()
    prefill_page.cache_clear()
    page_calling.cache_clear()


@cache
def prefill_page(docs_dir: Path | None = None) -> str | None:
    """The docs path of the page whose worksheet takes rows from a link
    (a rows field with `prefill: true`), e.g. 'tools/action-plan.md', if any."""
    docs_dir = docs_dir or paths.DOCS_DIR
    takers = [w.id for w in load_all(docs_dir=docs_dir) if any(f.prefill for f in w.fields())]
    found = (page_calling(f'worksheet("{taker}")', docs_dir) for taker in takers)
    return min((page for page in found if page), default=None)

"""Self-assessment data: schema, loading and the checks a schema cannot express.

A tool is data/self-assessments/<id>.yml; its answer scale is in data/scales.yml.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field

from ... import paths
from ...links import page_calling
from ...loading.errors import DataError, raise_problems
from ...loading.retired import RetiredItem
from ...loading.types import Id, PageLink, Strict, Text
from ...loading.validate import every_problem, require_mapping, schema_problems, validate
from ...loading.wording import say
from ...loading.yaml_source import YamlSource, load_yaml
from ..record_tool.data_files import DataFolder, ToolFile, structure_problems

FOLDER = "self-assessments"


class ScaleLevel(Strict):
    value: int = Field(ge=1, le=10)
    label: Text


class Scale(Strict):
    id: Id
    levels: list[ScaleLevel] = Field(min_length=2)
    unknown: Text  # the "cannot say" option, not scored


class Item(Strict):
    id: Id
    text: Text


class Section(Strict):
    id: Id
    title: Text
    read_more: PageLink
    advice: Text
    items: list[Item] = Field(min_length=1)


class SelfAssessment(ToolFile):
    # Short name of the tool in answer codes (overrides/assets/javascripts/
    # lib/answer-code.js): a few letters, different for every tool.
    code: str = Field(pattern=r"^[a-z]{2,4}$")
    scale: Id
    sections: list[Section] = Field(min_length=1)
    retired: list[RetiredItem] = []  # statements no longer asked (macros/loading/retired.py)

    def items(self):
        for section in self.sections:
            yield from section.items


@cache
def load_scales(data_dir: Path | None = None) -> dict[str, Scale]:
    source = load_yaml((data_dir or paths.DATA_DIR) / "scales.yml")
    raw = require_mapping(source)
    problems = []
    for key, scale in raw.items():
        found = schema_problems(Scale, source, (key,))
        problems += found
        if isinstance(scale, dict) and isinstance(scale.get("id"), str) and scale["id"] != key:
            problems.append(
                DataError(
                    source.path,
                    source.line_of((key, "id")),
                    f"{key}.id",
                    say(f"id:n pitää olla sama kuin avain '{key}'", f"id ska vara samma som nyckeln '{key}'"),
                )
            )
        if not found:
            values = [level["value"] for level in scale["levels"]]
            if values != sorted(set(values)):
                problems.append(
                    DataError(
                        source.path,
                        source.line_of((key, "levels")),
                        f"{key}.levels",
                        say(
                            "tasojen arvojen pitää kasvaa eivätkä ne saa toistua",
                            "nivåernas värden ska öka och inte upprepas",
                        ),
                    )
                )
    raise_problems(problems)
    return {key: validate(Scale, source, (key,)) for key in raw}


def _check_with_scales(source: YamlSource, docs_dir: Path) -> list[DataError]:
    return _check(source, load_scales(_data_dir_of(source)), docs_dir)


def _data_dir_of(source: YamlSource) -> Path:
    return source.path.parent.parent  # data/self-assessments/<id>.yml


SELF_ASSESSMENTS = DataFolder(FOLDER, SelfAssessment, _check_with_scales, noun=("itsearviointia", "självvärderingen"))
load, load_all = SELF_ASSESSMENTS.load, SELF_ASSESSMENTS.load_all


def with_scale(tool_id: str) -> tuple[SelfAssessment, Scale]:
    """The self-assessment and the answer scale it uses."""
    tool = load(tool_id)
    return tool, load_scales()[tool.scale]


def check_all(data_dir: Path | None = None, docs_dir: Path | None = None) -> list[DataError]:
    """Every problem of scales.yml and of every self-assessment, each file read on its own."""
    problems = every_problem(load_scales, data_dir)
    if problems:
        return problems  # the tools cannot be checked against a broken scale file
    return SELF_ASSESSMENTS.check_all(data_dir, docs_dir) or shared_code_problems(data_dir)


def shared_code_problems(data_dir: Path | None = None) -> list[DataError]:
    """Two tools with one answer code would read each other's answers."""
    first: dict[str, str] = {}
    problems = []
    for path in sorted(SELF_ASSESSMENTS.path(data_dir).glob("*.yml")):
        source = load_yaml(path)
        code = source.data.get("code") if isinstance(source.data, dict) else None
        if not isinstance(code, str):
            continue
        if code in first:
            problems.append(
                DataError(
                    path,
                    source.line_of(("code",)),
                    "code",
                    say(
                        f"koodi '{code}' on jo työkalulla '{first[code]}': jokaisella itsearvioinnilla pitää olla oma koodinsa",
                        f"koden '{code}' används redan av verktyget '{first[code]}': varje självvärdering ska ha en egen kod",
                    ),
                )
            )
        else:
            first[code] = path.stem
    return problems


def clear_caches() -> None:
    SELF_ASSESSMENTS.clear_caches()
    load_scales.cache_clear()
    page_calling.cache_clear()


def _check(source: YamlSource, scales: dict[str, Scale], docs_dir: Path) -> list[DataError]:
    """What the schema cannot say, read from the raw data so that it runs beside the schema's problems."""
    problems = []
    scale = source.data.get("scale")
    if isinstance(scale, str) and scale not in scales:
        known = ", ".join(sorted(scales))
        problems.append(
            DataError(
                source.path,
                source.line_of(("scale",)),
                "scale",
                say(f"tuntematon asteikko '{scale}' (olemassa: {known})", f"okänd skala '{scale}' (finns: {known})"),
            )
        )
    problems += structure_problems(source, docs_dir, "sections", "items", "read_more")
    return problems

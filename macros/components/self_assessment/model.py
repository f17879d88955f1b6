"""Self-assessment data: schema, loading and the checks a schema cannot express.

A tool is data/self-assessments/<id>.yml; its answer scale is in data/scales.yml.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field

from ...links import missing_link_target
from ...loading.errors import DataError, format_loc
from ...loading.types import Id, PageLink, Strict, Text
from ...loading.validate import check_id_matches_file, check_unique, require_mapping, validate
from ...loading.yaml_source import YamlSource, load_yaml
from ... import paths

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


class SelfAssessment(Strict):
    id: Id
    version: int = Field(ge=1)
    scale: Id
    title: Text
    description: Text
    sections: list[Section] = Field(min_length=1)

    def items(self):
        for section in self.sections:
            yield from section.items


@lru_cache(maxsize=None)
def load_scales(data_dir: Path | None = None) -> dict[str, Scale]:
    source = load_yaml((data_dir or paths.DATA_DIR) / "scales.yml")
    raw = require_mapping(source)
    scales = {}
    for key in raw:
        scale = validate(Scale, source, (key,))
        if scale.id != key:
            raise DataError(source.path, source.line_of((key, "id")), f"{key}.id",
                            f"id:n pitää olla sama kuin avain '{key}' / id ska vara samma som nyckeln '{key}'")
        values = [level.value for level in scale.levels]
        if values != sorted(set(values)):
            raise DataError(source.path, source.line_of((key, "levels")), f"{key}.levels",
                            "tasojen arvojen pitää kasvaa eivätkä ne saa toistua / nivåernas värden ska öka och inte upprepas")
        scales[key] = scale
    return scales


@lru_cache(maxsize=None)
def load(tool_id: str, data_dir: Path | None = None, docs_dir: Path | None = None) -> SelfAssessment:
    # Folders are looked up when called, so tests can point them elsewhere.
    data_dir, docs_dir = data_dir or paths.DATA_DIR, docs_dir or paths.DOCS_DIR
    tools_dir = data_dir / FOLDER
    path = tools_dir / f"{tool_id}.yml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in tools_dir.glob("*.yml"))) or "-"
        raise DataError(path, None, "",
                        f"itsearviointia '{tool_id}' ei ole / självvärderingen '{tool_id}' finns inte (olemassa / finns: {known})")
    source = load_yaml(path)
    require_mapping(source)
    tool = validate(SelfAssessment, source)
    _check(tool, source, load_scales(data_dir), docs_dir)
    return tool


def load_all(data_dir: Path | None = None, docs_dir: Path | None = None) -> list[SelfAssessment]:
    folder = (data_dir or paths.DATA_DIR) / FOLDER
    return [load(p.stem, data_dir, docs_dir) for p in sorted(folder.glob("*.yml"))]


def clear_caches() -> None:
    load.cache_clear()
    load_scales.cache_clear()


def _check(tool: SelfAssessment, source: YamlSource, scales: dict[str, Scale], docs_dir: Path) -> None:
    check_id_matches_file(tool.id, source)
    if tool.scale not in scales:
        raise DataError(source.path, source.line_of(("scale",)), "scale",
                        f"tuntematon asteikko '{tool.scale}' / okänd skala '{tool.scale}' (olemassa / finns: {', '.join(sorted(scales))})")
    check_unique([s.id for s in tool.sections], source, lambda i: ("sections", i, "id"))
    item_locs = [("sections", si, "items", ii, "id") for si, s in enumerate(tool.sections) for ii, _ in enumerate(s.items)]
    check_unique([item.id for item in tool.items()], source, lambda i: item_locs[i])
    for si, section in enumerate(tool.sections):
        problem = missing_link_target(section.read_more, docs_dir)
        if problem:
            loc = ("sections", si, "read_more")
            raise DataError(source.path, source.line_of(loc), format_loc(loc), problem)

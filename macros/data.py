"""Load and validate everything under data/ (fail loudly, name file and line)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .errors import DataError, format_loc
from .models import LANGUAGES, Scale, SelfAssessment, Text
from .yaml_source import YamlSource, load_yaml

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DOCS_DIR = ROOT / "docs"

# Plain-language versions of pydantic's error types (fi / sv).
_PLAIN = {
    "missing": "pakollinen kenttä puuttuu / obligatoriskt fält saknas",
    "extra_forbidden": "tuntematon kenttä: poista se tai korjaa kirjoitusasu / okänt fält: ta bort det eller rätta stavningen",
    "string_type": "pitää olla tekstiä / ska vara text",
    "string_too_short": "teksti on tyhjä / texten är tom",
    "string_pattern_mismatch": "muoto on väärä / formen är fel",
    "int_parsing": "pitää olla kokonaisluku / ska vara ett heltal",
    "int_type": "pitää olla kokonaisluku / ska vara ett heltal",
    "too_short": "luettelossa on liian vähän kohtia / listan har för få punkter",
    "model_type": "pitää olla avain–arvo-rakenne / ska vara en struktur med nycklar och värden",
    "list_type": "pitää olla luettelo (rivit alkavat '-') / ska vara en lista (rader som börjar med '-')",
    "greater_than_equal": "arvo on liian pieni / värdet är för litet",
    "less_than_equal": "arvo on liian suuri / värdet är för stort",
}
_EXPECTED_PATTERN = {
    "id": "tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja / id får bara innehålla små bokstäver a–z, siffror och bindestreck",
    "scale": "tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja / id får bara innehålla små bokstäver a–z, siffror och bindestreck",
    "read_more": "odotettiin sivun polkua kuten 'rules/goals.md#actions' / väntade en sidsökväg som 'rules/goals.md#actions'",
}


def validate(model: type[BaseModel], source: YamlSource, loc_prefix=()):
    """Validate source.data against a model; the first problem becomes a DataError."""
    data = source.data
    for part in loc_prefix:
        data = data[part]
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(loc_prefix) + tuple(err["loc"])
        key = format_loc(loc)
        message = _PLAIN.get(err["type"], err["msg"])
        if err["type"] == "missing" and loc and loc[-1] in LANGUAGES:
            name = {"fi": "suomenkielinen teksti / finsk text", "sv": "ruotsinkielinen teksti / svensk text"}[loc[-1]]
            message = f"{name} puuttuu / saknas"
        elif err["type"] == "string_pattern_mismatch" and loc and loc[-1] in _EXPECTED_PATTERN:
            message = _EXPECTED_PATTERN[loc[-1]]
        value = err.get("input")
        if err["type"] != "missing" and isinstance(value, (str, int, float)):
            message += f" (nyt/nu: {value!r})"
        raise DataError(source.path, source.line_of(loc), key, message) from None


def _require_mapping(source: YamlSource) -> dict:
    if not isinstance(source.data, dict):
        raise DataError(source.path, 1, "", "tiedoston pitää olla YAML-rakenne, jossa on avaimia / filen ska vara en YAML-struktur med nycklar")
    return source.data


@lru_cache(maxsize=None)
def load_scales(data_dir: Path = DATA_DIR) -> dict[str, Scale]:
    source = load_yaml(data_dir / "scales.yml")
    raw = _require_mapping(source)
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
def load_ui(data_dir: Path = DATA_DIR) -> dict[str, Text]:
    source = load_yaml(data_dir / "ui.yml")
    raw = _require_mapping(source)
    return {key: validate(Text, source, (key,)) for key in raw}


def ui_strings(lang: str, data_dir: Path = DATA_DIR) -> dict[str, str]:
    return {key: text[lang] for key, text in load_ui(data_dir).items()}


@lru_cache(maxsize=None)
def load_self_assessment(tool_id: str, data_dir: Path = DATA_DIR, docs_dir: Path = DOCS_DIR) -> SelfAssessment:
    tools_dir = data_dir / "self-assessments"
    path = tools_dir / f"{tool_id}.yml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in tools_dir.glob("*.yml"))) or "-"
        raise DataError(path, None, "",
                        f"itsearviointia '{tool_id}' ei ole / självvärderingen '{tool_id}' finns inte (olemassa / finns: {known})")
    source = load_yaml(path)
    _require_mapping(source)
    tool = validate(SelfAssessment, source)
    _check_tool(tool, source, load_scales(data_dir), docs_dir)
    return tool


def all_self_assessments(data_dir: Path = DATA_DIR, docs_dir: Path = DOCS_DIR) -> list[SelfAssessment]:
    return [load_self_assessment(p.stem, data_dir, docs_dir)
            for p in sorted((data_dir / "self-assessments").glob("*.yml"))]


def _check_tool(tool: SelfAssessment, source: YamlSource, scales: dict[str, Scale], docs_dir: Path) -> None:
    if tool.id != source.path.stem:
        raise DataError(source.path, source.line_of(("id",)), "id",
                        f"id:n pitää olla sama kuin tiedoston nimi '{source.path.stem}' / id ska vara samma som filnamnet '{source.path.stem}'")
    if tool.scale not in scales:
        raise DataError(source.path, source.line_of(("scale",)), "scale",
                        f"tuntematon asteikko '{tool.scale}' / okänd skala '{tool.scale}' (olemassa / finns: {', '.join(sorted(scales))})")
    _check_unique([s.id for s in tool.sections], source, lambda i: ("sections", i, "id"))
    item_locs = [("sections", si, "items", ii, "id") for si, s in enumerate(tool.sections) for ii, _ in enumerate(s.items)]
    _check_unique([item.id for item in tool.items()], source, lambda i: item_locs[i])
    for si, section in enumerate(tool.sections):
        problem = missing_link_target(section.read_more, docs_dir)
        if problem:
            loc = ("sections", si, "read_more")
            raise DataError(source.path, source.line_of(loc), format_loc(loc), problem)


def _check_unique(ids: list[str], source: YamlSource, loc_of) -> None:
    seen = Counter()
    for index, value in enumerate(ids):
        seen[value] += 1
        if seen[value] == 2:
            loc = loc_of(index)
            raise DataError(source.path, source.line_of(loc), format_loc(loc),
                            f"tunniste '{value}' on jo käytössä: tunnisteiden pitää olla yksilöllisiä / id '{value}' används redan: id:n ska vara unika")


def missing_link_target(link: str, docs_dir: Path = DOCS_DIR) -> str | None:
    """Why a docs-relative link 'x/y.md#anchor' does not resolve in every language, or None."""
    page, _, anchor = link.partition("#")
    for lang in LANGUAGES:
        target = docs_dir / lang / page
        if not target.is_file():
            return f"linkitettyä sivua ei ole / den länkade sidan finns inte: docs/{lang}/{page}"
        if anchor and f"{{#{anchor}}}" not in target.read_text(encoding="utf-8"):
            return f"sivulla docs/{lang}/{page} ei ole ankkuria / sidan saknar ankaret '#{anchor}'"
    return None

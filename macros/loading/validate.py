"""Check loaded YAML against a schema; every problem names file, line and key."""
from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, ValidationError

from ..languages import LANGUAGES
from .errors import DataError, format_loc
from .yaml_source import YamlSource

# Plain-language versions of pydantic's error types (fi / sv).
_PLAIN = {
    "missing": "pakollinen kenttä puuttuu / obligatoriskt fält saknas",
    "extra_forbidden": "tuntematon kenttä: poista se tai korjaa kirjoitusasu / okänt fält: ta bort det eller rätta stavningen",
    "string_type": "pitää olla tekstiä / ska vara text",
    "string_too_short": "teksti on tyhjä / texten är tom",
    "string_too_long": "teksti on liian pitkä / texten är för lång",
    "string_pattern_mismatch": "muoto on väärä / formen är fel",
    "int_parsing": "pitää olla kokonaisluku / ska vara ett heltal",
    "int_type": "pitää olla kokonaisluku / ska vara ett heltal",
    "too_short": "luettelossa on liian vähän kohtia / listan har för få punkter",
    "model_type": "pitää olla avain–arvo-rakenne / ska vara en struktur med nycklar och värden",
    "list_type": "pitää olla luettelo (rivit alkavat '-') / ska vara en lista (rader som börjar med '-')",
    "greater_than_equal": "arvo on liian pieni / värdet är för litet",
    "less_than_equal": "arvo on liian suuri / värdet är för stort",
    "literal_error": "arvo ei ole sallittu / värdet är inte tillåtet",
}
ID_RULE = "tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja / id får bara innehålla små bokstäver a–z, siffror och bindestreck"
_EXPECTED_PATTERN = {
    "id": ID_RULE,
    "scale": ID_RULE,
    "read_more": "odotettiin sivun polkua kuten 'rules/goals.md#actions' / väntade en sidsökväg som 'rules/goals.md#actions'",
    "guide": "odotettiin sivun polkua kuten 'rules/goals.md#actions' / väntade en sidsökväg som 'rules/goals.md#actions'",
}


def _data_error(source: YamlSource, err: dict, loc_prefix) -> DataError:
    loc = tuple(loc_prefix) + tuple(err["loc"])
    message = _PLAIN.get(err["type"], err["msg"])
    if err["type"] == "missing" and loc and loc[-1] in LANGUAGES:
        name = {"fi": "suomenkielinen teksti / finsk text", "sv": "ruotsinkielinen teksti / svensk text"}[loc[-1]]
        message = f"{name} puuttuu / saknas"
    elif err["type"] == "string_pattern_mismatch" and loc and loc[-1] in _EXPECTED_PATTERN:
        message = _EXPECTED_PATTERN[loc[-1]]
    value = err.get("input")
    if err["type"] != "missing" and isinstance(value, (str, int, float)):
        message += f" (nyt/nu: {value!r})"
    return DataError(source.path, source.line_of(loc), format_loc(loc), message)


def validate(model: type[BaseModel], source: YamlSource, loc_prefix=()):
    """Validate source.data (or a part of it) against a model; the first problem becomes a DataError."""
    data = source.data
    for part in loc_prefix:
        data = data[part]
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise _data_error(source, exc.errors()[0], loc_prefix) from None


def require_mapping(source: YamlSource) -> dict:
    if not isinstance(source.data, dict):
        raise DataError(source.path, 1, "", "tiedoston pitää olla YAML-rakenne, jossa on avaimia / filen ska vara en YAML-struktur med nycklar")
    return source.data


def check_unique(ids: list[str], source: YamlSource, loc_of) -> None:
    """Ids must be unique: answers are stored under them."""
    seen = Counter()
    for index, value in enumerate(ids):
        seen[value] += 1
        if seen[value] == 2:
            loc = loc_of(index)
            raise DataError(source.path, source.line_of(loc), format_loc(loc),
                            f"tunniste '{value}' on jo käytössä: tunnisteiden pitää olla yksilöllisiä / id '{value}' används redan: id:n ska vara unika")


def check_id_matches_file(value: str, source: YamlSource) -> None:
    if value != source.path.stem:
        raise DataError(source.path, source.line_of(("id",)), "id",
                        f"id:n pitää olla sama kuin tiedoston nimi '{source.path.stem}' / id ska vara samma som filnamnet '{source.path.stem}'")

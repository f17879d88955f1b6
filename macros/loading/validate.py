"""Check loaded YAML against a schema; every problem names file, line and key.

Each check returns every problem it finds (a list of DataError), so that an
editor sees all problems of a file at once; raise_problems() raises them
together. The checks that a schema cannot express read the raw data, so they
run even where the schema found problems.
"""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, ValidationError

from ..languages import LANGUAGES
from .errors import DataError, format_loc, raise_problems
from .wording import say
from .yaml_source import YamlSource

# Plain-language versions of pydantic's error types (fi, sv).
_PLAIN = {
    "missing": ("pakollinen kenttä puuttuu", "obligatoriskt fält saknas"),
    "extra_forbidden": (
        "tuntematon kenttä: poista se tai korjaa kirjoitusasu",
        "okänt fält: ta bort det eller rätta stavningen",
    ),
    "string_type": ("pitää olla tekstiä", "ska vara text"),
    "string_too_short": ("teksti on tyhjä", "texten är tom"),
    "string_too_long": ("teksti on liian pitkä", "texten är för lång"),
    "string_pattern_mismatch": ("muoto on väärä", "formen är fel"),
    "int_parsing": ("pitää olla kokonaisluku", "ska vara ett heltal"),
    "int_type": ("pitää olla kokonaisluku", "ska vara ett heltal"),
    "too_short": ("luettelossa on liian vähän kohtia", "listan har för få punkter"),
    "model_type": ("pitää olla avain–arvo-rakenne", "ska vara en struktur med nycklar och värden"),
    "list_type": ("pitää olla luettelo (rivit alkavat '-')", "ska vara en lista (rader som börjar med '-')"),
    "greater_than_equal": ("arvo on liian pieni", "värdet är för litet"),
    "less_than_equal": ("arvo on liian suuri", "värdet är för stort"),
    "literal_error": ("arvo ei ole sallittu", "värdet är inte tillåtet"),
}
_MISSING_TEXT = {
    "fi": ("suomenkielinen teksti puuttuu", "finsk text saknas"),
    "sv": ("ruotsinkielinen teksti puuttuu", "svensk text saknas"),
}
ID_RULE = (
    "tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja",
    "id får bara innehålla små bokstäver a–z, siffror och bindestreck",
)
PAGE_PATH = (
    "odotettiin sivun polkua kuten 'rules/goals.md#actions'",
    "väntade en sidsökväg som 'rules/goals.md#actions'",
)
_EXPECTED_PATTERN = {"id": ID_RULE, "scale": ID_RULE, "read_more": PAGE_PATH, "guide": PAGE_PATH}


def _data_error(source: YamlSource, err: dict, loc_prefix) -> DataError:
    loc = tuple(loc_prefix) + tuple(err["loc"])
    message = say(*_PLAIN[err["type"]]) if err["type"] in _PLAIN else err["msg"]
    if err["type"] == "missing" and loc and loc[-1] in LANGUAGES:
        message = say(*_MISSING_TEXT[loc[-1]])
    elif err["type"] == "string_pattern_mismatch" and loc and loc[-1] in _EXPECTED_PATTERN:
        message = say(*_EXPECTED_PATTERN[loc[-1]])
    value = err.get("input")
    if err["type"] != "missing" and isinstance(value, (str, int, float)):
        message += say(f" (nyt: {value!r})", f" (nu: {value!r})")
    return DataError(source.path, source.line_of(loc), format_loc(loc), message)


def part_of(source: YamlSource, loc_prefix=()):
    data = source.data
    for part in loc_prefix:
        data = data[part]
    return data


def schema_problems(model: type[BaseModel], source: YamlSource, loc_prefix=()) -> list[DataError]:
    """Every way source.data (or a part of it) differs from the model."""
    try:
        model.model_validate(part_of(source, loc_prefix))
    except ValidationError as exc:
        return [_data_error(source, err, loc_prefix) for err in exc.errors()]
    return []


def validate(model: type[BaseModel], source: YamlSource, loc_prefix=()):
    """The model of source.data (or a part of it); every problem is raised at once."""
    raise_problems(schema_problems(model, source, loc_prefix))
    return model.model_validate(part_of(source, loc_prefix))


def require_mapping(source: YamlSource) -> dict:
    if not isinstance(source.data, dict):
        raise DataError(
            source.path,
            1,
            "",
            say("tiedoston pitää olla YAML-rakenne, jossa on avaimia", "filen ska vara en YAML-struktur med nycklar"),
        )
    return source.data


def walk(data, pattern: tuple, loc: tuple = ()):
    """(loc, value) of every value at `pattern` in raw YAML data; '*' is every
    item of a list. Parts that are missing or of the wrong type are skipped:
    the schema reports them."""
    if not pattern:
        yield loc, data
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(data, list):
            for index, item in enumerate(data):
                yield from walk(item, rest, loc + (index,))
    elif isinstance(data, dict) and head in data:
        yield from walk(data[head], rest, loc + (head,))


def duplicates(source: YamlSource, pattern: tuple, data=None, loc: tuple = ()) -> list[DataError]:
    """Ids must be unique: answers are stored under them. Every repeat is named."""
    seen = Counter()
    problems = []
    for where, value in walk(source.data if data is None else data, pattern, loc):
        if not isinstance(value, str):
            continue
        seen[value] += 1
        if seen[value] > 1:
            problems.append(
                problem_at(
                    source,
                    where,
                    f"tunniste '{value}' on jo käytössä: tunnisteiden pitää olla yksilöllisiä",
                    f"id '{value}' används redan: id:n ska vara unika",
                )
            )
    return problems


def problem_at(source: YamlSource, loc: tuple, fi: str, sv: str) -> DataError:
    """A problem at `loc` of the file, with its line, in the editor's language."""
    return DataError(source.path, source.line_of(loc), format_loc(loc), say(fi, sv))


def id_matches_file(source: YamlSource) -> list[DataError]:
    value = source.data.get("id") if isinstance(source.data, dict) else None
    if not isinstance(value, str) or value == source.path.stem:
        return []  # a missing id is the schema's to report
    stem = source.path.stem
    return [
        DataError(
            source.path,
            source.line_of(("id",)),
            "id",
            say(f"id:n pitää olla sama kuin tiedoston nimi '{stem}'", f"id ska vara samma som filnamnet '{stem}'"),
        )
    ]


def every_problem(load, *args) -> list[DataError]:
    """The problems load(*args) raises for its file, or [] when it loads."""
    while args and args[-1] is None:
        args = args[:-1]  # load(x) and load(x, None) are different cache entries
    try:
        load(*args)
    except DataError as exc:
        return exc.errors
    return []

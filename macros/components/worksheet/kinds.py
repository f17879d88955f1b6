"""The worksheet's field kinds: one entry each, and nothing else on the Python
side switches on a kind.

An entry says which keys of a field it uses beyond id, kind, label and help
(any other kind's key is an error that names the kinds it belongs to),
whether it can be a column of a repeating group, what else a valid field
of it must have (checks that the schema cannot express, in plain words),
and what its template macro needs in the page's language. The template
macros are in kinds.html (one per kind, and `<kind>_cell` for columns); the
browser's half is overrides/assets/components/worksheet/kinds.js.

Adding a kind: an entry here, its macro(s) in kinds.html, its entry in
kinds.js, its interface texts in data/ui.yml if any, and a field of it in
fixtures.yml.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...loading.errors import DataError
from ...loading.validate import duplicates, problem_at
from ...loading.yaml_source import YamlSource


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _no_checks(raw: dict, loc: tuple, source: YamlSource) -> list[DataError]:
    return []


def _localized_options(item, lang: str) -> list[dict]:
    return [{"id": o.id, "label": o.label[lang]} for o in item.options]


@dataclass(frozen=True)
class Kind:
    name: str
    keys: tuple[str, ...] = ()  # keys a field of this kind may have beyond id, kind, label, help
    column: bool = False  # can be a column of a repeating group
    check: Callable[[dict, tuple, YamlSource], list[DataError]] = _no_checks
    # (model field or column, lang) -> what its macro and script need beyond id, kind, label, help
    context: Callable[[object, str], dict] = field(default=lambda item, lang: {})


def _check_options(raw: dict, loc: tuple, source: YamlSource) -> list[DataError]:
    problems = []
    if len(_list(raw.get("options"))) < 2:
        problems.append(
            problem_at(
                source,
                loc + ("options",),
                "valintakentässä pitää olla vähintään kaksi vaihtoehtoa (options)",
                "ett valfält ska ha minst två alternativ (options)",
            )
        )
    return problems + duplicates(source, ("options", "*", "id"), raw, loc)


def _options_context(item, lang: str) -> dict:
    return {"options": _localized_options(item, lang)}


def _unit_context(item, lang: str) -> dict:
    return {"unit": item.unit[lang] if item.unit else ""}


def _check_rows(raw: dict, loc: tuple, source: YamlSource) -> list[DataError]:
    problems = []
    columns = _list(raw.get("columns"))
    if not columns or raw.get("row_label") is None:
        problems.append(
            problem_at(
                source,
                loc + ("columns",),
                "toistuvalla ryhmällä pitää olla row_label ja sarakkeet (columns)",
                "en upprepad grupp ska ha row_label och kolumner (columns)",
            )
        )
    problems += duplicates(source, ("columns", "*", "id"), raw, loc)
    problems += duplicates(source, ("preset", "*", "id"), raw, loc)
    for index, column in enumerate(columns):
        if not isinstance(column, dict):
            continue
        kind = KINDS.get(column.get("kind", "text"))
        column_loc = loc + ("columns", index)
        if kind is None or not kind.column:
            names = ", ".join(k.name for k in KINDS.values() if k.column)
            problems.append(
                problem_at(
                    source,
                    column_loc + ("kind",),
                    f"sarakkeen laji voi olla: {names}",
                    f"en kolumns typ kan vara: {names}",
                )
            )
            continue
        problems += check_keys(column, column_loc, source, kind, allowed_always=("id", "kind", "label"))
        problems += kind.check(column, column_loc, source)
    return problems


def _rows_context(item, lang: str) -> dict:
    return {
        "row_label": item.row_label[lang] if item.row_label else "",
        "columns": [column_context(column, lang) for column in item.columns],
        "preset": [{"id": r.id, "label": r.label[lang]} for r in item.preset],
        "prefill": item.prefill,
    }


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("text", column=True),
        Kind("textarea", column=True),
        Kind("date", column=True),
        # A number with its unit (hours per month, euros), 0 or more.
        Kind("number", keys=("unit",), column=True, context=_unit_context),
        Kind("choice", keys=("options",), column=True, check=_check_options, context=_options_context),
        Kind("choices", keys=("options",), check=_check_options, context=_options_context),
        Kind("check"),
        Kind("rows", keys=("row_label", "columns", "preset", "prefill"), check=_check_rows, context=_rows_context),
    )
}

FIELD_KINDS = tuple(KINDS)
COLUMN_KINDS = tuple(name for name, kind in KINDS.items() if kind.column)
CHECKLIST_KIND = "check"  # the one kind a checklist's fields have


def check_keys(
    raw: dict, loc: tuple, source: YamlSource, kind: Kind, allowed_always=("id", "kind", "label", "help")
) -> list[DataError]:
    """A key that belongs to another kind: say which kinds it is for."""
    problems = []
    for key in raw:
        if key in allowed_always or key in kind.keys:
            continue
        owners = [k.name for k in KINDS.values() if key in k.keys]
        if owners:
            names = ", ".join(owners)
            problems.append(
                problem_at(
                    source, loc + (key,), f"{key} sopii vain lajeille {names}", f"{key} passar bara för typerna {names}"
                )
            )
    return problems  # keys no kind knows are the schema's to report


def check_field(raw: dict, loc: tuple, source: YamlSource) -> list[DataError]:
    kind = KINDS.get(raw.get("kind"))
    if kind is None:
        return []  # the schema names the allowed kinds
    return check_keys(raw, loc, source, kind) + kind.check(raw, loc, source)


def column_context(column, lang: str) -> dict:
    return {"id": column.id, "kind": column.kind, "label": column.label[lang]} | KINDS[column.kind].context(
        column, lang
    )


def field_context(item, lang: str) -> dict:
    return {
        "id": item.id,
        "kind": item.kind,
        "label": item.label[lang],
        "help": item.help[lang] if item.help else "",
    } | KINDS[item.kind].context(item, lang)

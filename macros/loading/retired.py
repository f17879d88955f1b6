"""Items no longer asked: what happened to each old id (shared by every tool with stored answers).

Stored answers are keyed by item id, and an id is never reused. When an item
is split or rewritten, it gets new ids and the old one moves to the file's
`retired:` list with the version that stopped asking it, the ids that
replace it (none when it was simply dropped) and its old wording, so that a
reader's earlier answer can still be shown for what it was.
"""

from __future__ import annotations

from pydantic import Field

from .errors import DataError
from .types import Id, Strict, Text
from .validate import duplicates, problem_at, walk
from .yaml_source import YamlSource


class RetiredItem(Strict):
    id: Id
    retired_in: int = Field(ge=2)  # the first version that no longer asks it
    replaced_by: list[Id] = []
    text: Text  # the wording that was answered


def retired_problems(source: YamlSource, current: tuple) -> list[DataError]:
    """What the schema cannot say about `retired:`; `current` is the walk()
    pattern of the ids asked now, e.g. ("sections", "*", "items", "*", "id")."""
    data = source.data
    asked = {value for _, value in walk(data, current) if isinstance(value, str)}
    retired = {value for _, value in walk(data, ("retired", "*", "id")) if isinstance(value, str)}
    version = data.get("version")
    problems = duplicates(source, ("retired", "*", "id"))
    for loc, value in walk(data, ("retired", "*", "id")):
        if value in asked:
            problems.append(
                problem_at(
                    source,
                    loc,
                    f"tunniste '{value}' on poistettu käytöstä, eikä sitä saa käyttää uudelleen: "
                    "anna uudelle kohdalle uusi tunniste",
                    f"id '{value}' har tagits ur bruk och får inte användas på nytt: ge den nya punkten ett nytt id",
                )
            )
    for loc, value in walk(data, ("retired", "*", "replaced_by", "*")):
        if isinstance(value, str) and value not in asked | retired:
            known = ", ".join(sorted(asked)) or "-"
            problems.append(
                problem_at(
                    source,
                    loc,
                    f"tuntematon tunniste '{value}': korvaavan kohdan pitää olla tiedostossa (olemassa: {known})",
                    f"okänt id '{value}': den punkt som ersätter ska finnas i filen (finns: {known})",
                )
            )
    for loc, value in walk(data, ("retired", "*", "retired_in")):
        if isinstance(value, int) and isinstance(version, int) and value > version:
            problems.append(
                problem_at(
                    source,
                    loc,
                    f"versio {value} on uudempi kuin tiedoston versio {version}: nosta tiedoston versiota",
                    f"version {value} är nyare än filens version {version}: höj filens version",
                )
            )
    return problems

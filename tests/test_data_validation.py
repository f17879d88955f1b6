"""Data files are validated on load; every error names file, line and key."""

from __future__ import annotations

import textwrap

import pytest

from macros.components.self_assessment import model
from macros.components.worksheet import model as worksheet_model
from macros.loading import ui
from macros.loading.errors import DataError, DataErrors
from macros.paths import DATA_DIR as DATA

SCALES = """\
agreement-4:
  id: agreement-4
  levels:
    - {value: 1, label: {fi: Ei, sv: Nej}}
    - {value: 2, label: {fi: Vähän, sv: Lite}}
  unknown: {fi: En osaa sanoa, sv: Kan inte säga}
"""

TOOL = """\
id: demo
version: 1
scale: agreement-4
title: {fi: Demo, sv: Demo}
description: {fi: Kuvaus, sv: Beskrivning}
sections:
  - id: goals
    title: {fi: Tavoitteet, sv: Mål}
    read_more: rules/goals.md#actions
    advice: {fi: Neuvo, sv: Råd}
    items:
      - id: goals-written
        text:
          fi: Tavoitteet on kirjattu.
          sv: Målen är nedskrivna.
      - id: goals-known
        text:
          fi: Kaikki tuntevat tavoitteet.
          sv: Alla känner till målen.
code: dm
"""
CODE_LINE = TOOL.splitlines().index("code: dm") + 1


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "data" / "self-assessments").mkdir(parents=True)
    (tmp_path / "data" / "scales.yml").write_text(SCALES, encoding="utf-8")
    for lang in ("fi", "sv"):
        page = tmp_path / "docs" / lang / "rules" / "goals.md"
        page.parent.mkdir(parents=True)
        page.write_text("# Goals\n\n## Actions {#actions}\n", encoding="utf-8")
    model.load_scales.cache_clear()
    model.load.cache_clear()
    yield tmp_path
    model.load_scales.cache_clear()
    model.load.cache_clear()


def load(tree, text, tool_id="demo"):
    (tree / "data" / "self-assessments" / f"{tool_id}.yml").write_text(textwrap.dedent(text), encoding="utf-8")
    return model.load(tool_id, tree / "data", tree / "docs")


def test_valid_tool_loads(tree):
    tool = load(tree, TOOL)
    assert [item.id for item in tool.items()] == ["goals-written", "goals-known"]
    assert tool.sections[0].title["sv"] == "Mål"


def test_malformed_yaml_names_file_and_line(tree):
    broken = TOOL.replace("title: {fi: Tavoitteet, sv: Mål}", "title: {fi: Tavoitteet, sv: Mål")
    with pytest.raises(DataError) as err:
        load(tree, broken)
    assert err.value.path.name == "demo.yml"
    assert err.value.line in (8, 9, 10)
    assert "YAML" in str(err.value)


def test_missing_swedish_text_names_line_and_key(tree):
    broken = TOOL.replace("          sv: Alla känner till målen.\n", "")
    with pytest.raises(DataError) as err:
        load(tree, broken)
    assert err.value.key == "sections[0].items[1].text.sv"
    assert err.value.line == 17
    assert err.value.message == "ruotsinkielinen teksti puuttuu"
    assert "demo.yml, rivi 17, kohta 'sections[0].items[1].text.sv': ruotsinkielinen teksti puuttuu" in str(err.value)


def test_missing_swedish_text_in_swedish(tree, swedish):
    """LANG=sv_FI.UTF-8: the same problem, said only in Swedish."""
    broken = TOOL.replace("          sv: Alla känner till målen.\n", "")
    with pytest.raises(DataError) as err:
        load(tree, broken)
    assert str(err.value).endswith("demo.yml, rad 17, nyckel 'sections[0].items[1].text.sv': svensk text saknas")
    assert "puuttuu" not in str(err.value) and "rivi" not in str(err.value)


def test_every_problem_of_a_file_is_listed_with_its_line(tree):
    """A missing Swedish text, a duplicate id and a badly formed id: all three at once."""
    broken = (
        TOOL.replace("title: {fi: Tavoitteet, sv: Mål}", "title: {fi: Tavoitteet}")
        .replace("id: goals-known", "id: goals-written")
        .replace("  - id: goals\n", "  - id: Goals!\n")
    )
    with pytest.raises(DataErrors) as err:
        load(tree, broken)
    found = [(e.line, e.key) for e in err.value.errors]
    assert found == [(7, "sections[0].id"), (8, "sections[0].title.sv"), (16, "sections[0].items[1].id")]
    lines = str(err.value).splitlines()
    assert len(lines) == 3, "one line per problem"
    assert lines[0].endswith(
        "demo.yml, rivi 7, kohta 'sections[0].id': tunnisteessa saa olla vain pieniä kirjaimia "
        "a–z, numeroita ja väliviivoja (nyt: 'Goals!')"
    )
    assert lines[1].endswith("rivi 8, kohta 'sections[0].title.sv': ruotsinkielinen teksti puuttuu")
    assert lines[2].endswith(
        "rivi 16, kohta 'sections[0].items[1].id': tunniste 'goals-written' on jo käytössä: "
        "tunnisteiden pitää olla yksilöllisiä"
    )


def test_schema_and_semantic_problems_are_listed_together(tree):
    """A link to a missing page and an unknown scale are found beside a schema problem."""
    broken = (
        TOOL.replace("scale: agreement-4", "scale: agreement-7")
        .replace("rules/goals.md#actions", "rules/nope.md#actions")
        .replace("version: 1", "version: 0")
    )
    with pytest.raises(DataErrors) as err:
        load(tree, broken)
    assert [(e.line, e.key) for e in err.value.errors] == [(2, "version"), (3, "scale"), (9, "sections[0].read_more")]


def test_duplicate_item_id(tree):
    broken = TOOL.replace("id: goals-known", "id: goals-written")
    with pytest.raises(DataError) as err:
        load(tree, broken)
    assert err.value.key == "sections[0].items[1].id"
    assert err.value.line == 16
    assert "goals-written" in err.value.message


def test_unknown_scale(tree):
    with pytest.raises(DataError) as err:
        load(tree, TOOL.replace("scale: agreement-4", "scale: agreement-7"))
    assert (err.value.key, err.value.line) == ("scale", 3)
    assert "agreement-7" in err.value.message and "agreement-4" in err.value.message


def test_link_to_missing_page(tree):
    with pytest.raises(DataError) as err:
        load(tree, TOOL.replace("rules/goals.md#actions", "rules/nope.md#actions"))
    assert (err.value.key, err.value.line) == ("sections[0].read_more", 9)
    assert "docs/fi/rules/nope.md" in err.value.message


def test_link_to_missing_anchor_in_one_language(tree):
    (tree / "docs" / "sv" / "rules" / "goals.md").write_text("# Mål\n\n## Gör {#do}\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        load(tree, TOOL)
    assert "docs/sv/rules/goals.md" in err.value.message and "#actions" in err.value.message


def test_unknown_field_is_reported(tree):
    with pytest.raises(DataError) as err:
        load(tree, TOOL.replace("version: 1", "version: 1\nversoin: 2"))
    assert (err.value.key, err.value.line) == ("versoin", 3)


def test_bad_id_format(tree):
    with pytest.raises(DataError) as err:
        load(tree, TOOL.replace("id: goals-known", "id: Goals Known"))
    assert err.value.key == "sections[0].items[1].id"
    assert "a–z" in err.value.message


def test_id_must_match_file_name(tree):
    with pytest.raises(DataError) as err:
        load(tree, TOOL, tool_id="other")
    assert err.value.key == "id" and "other" in err.value.message


def test_unknown_tool_id_lists_known_tools(tree):
    load(tree, TOOL)
    with pytest.raises(DataError) as err:
        model.load("nonexistent", tree / "data", tree / "docs")
    assert "nonexistent" in str(err.value) and "demo" in str(err.value)


WORKSHEET = """\
id: demo-list
version: 1
kind: checklist
title: {fi: Lista, sv: Lista}
description: {fi: Kuvaus, sv: Beskrivning}
parts:
  - id: start
    title: {fi: Alku, sv: Början}
    fields:
      - id: named
        kind: check
        label: {fi: Nimetty, sv: Namngiven}
      - id: when
        kind: date
        label: {fi: Milloin, sv: När}
      - id: named
        kind: check
        label: {fi: Toinen, sv: Annan}
      - id: which
        kind: choice
        label: {fi: Kumpi}
        options:
          - {id: a, label: {fi: A, sv: A}}
"""


def worksheet_problems(tmp_path, name, text):
    """Every problem check_all finds in one worksheet file `name` holding `text`."""
    folder = tmp_path / "data" / worksheet_model.FOLDER
    folder.mkdir(parents=True)
    (folder / f"{name}.yml").write_text(text, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    try:
        return worksheet_model.check_all(tmp_path / "data", tmp_path / "docs")
    finally:
        worksheet_model.clear_caches()


def test_every_worksheet_problem_is_listed(tmp_path):
    problems = worksheet_problems(tmp_path, "demo-list", WORKSHEET)
    assert [(p.line, p.key) for p in problems] == [
        (14, "parts[0].fields[1].kind"),  # a checklist holds only check items
        (16, "parts[0].fields[2].id"),  # 'named' twice
        (20, "parts[0].fields[3].kind"),  # not a check item either
        (21, "parts[0].fields[3].label.sv"),  # no Swedish text
        (22, "parts[0].fields[3].options"),  # one option is no choice
    ]


def test_real_data_files_are_valid():
    files = sorted(p.stem for p in (DATA / model.FOLDER).glob("*.yml"))
    assert files, "no self-assessment data files found"
    assert [tool.id for tool in model.load_all()] == files
    assert set(ui.ui_strings("fi")) == set(ui.ui_strings("sv")) == set(ui.load_ui())


KIND_MISTAKES = """\
id: demo-plan
version: 1
title: {fi: Suunnitelma, sv: Plan}
description: {fi: Kuvaus, sv: Beskrivning}
parts:
  - id: money
    title: {fi: Raha, sv: Pengar}
    fields:
      - id: budget
        kind: text
        label: {fi: Budjetti, sv: Budget}
        unit: {fi: €, sv: €}
      - id: members
        kind: rows
        label: {fi: Jäsenet, sv: Medlemmar}
        row_label: {fi: Jäsen, sv: Medlem}
        columns:
          - id: areas
            kind: choices
            label: {fi: Alat, sv: Områden}
          - id: hours
            kind: number
            label: {fi: Tunnit, sv: Timmar}
            options:
              - {id: a, label: {fi: A, sv: A}}
"""


def test_a_key_of_another_kind_and_a_kind_that_cannot_be_a_column_are_named(tmp_path):
    """The kinds' checks come from kinds.py: each mistake names where it is and what fits."""
    found = {(p.line, p.key): str(p) for p in worksheet_problems(tmp_path, "demo-plan", KIND_MISTAKES)}
    assert (12, "parts[0].fields[0].unit") in found and "number" in found[(12, "parts[0].fields[0].unit")]
    assert any(key == "parts[0].fields[1].columns[0].kind" and "number" in text for (_, key), text in found.items()), (
        found
    )
    assert (24, "parts[0].fields[1].columns[1].options") in found, found


RETIRED = """\
retired:
  - id: goals-old
    retired_in: 2
    replaced_by: [goals-written, goals-known]
    text: {fi: Vanha väittämä, sv: Gammalt påstående}
"""


def test_retired_statements_load_with_what_replaced_them(tree):
    tool = load(tree, TOOL.replace("version: 1", "version: 2") + RETIRED)
    assert [(r.id, r.retired_in, r.replaced_by) for r in tool.retired] == [
        ("goals-old", 2, ["goals-written", "goals-known"])
    ]
    assert "goals-old" not in {item.id for item in tool.items()}


def test_retired_problems_name_the_line_and_the_unknown_id(tree):
    broken = (
        TOOL
        + RETIRED.replace("goals-known]", "goals-typo]")
        + "  - id: goals-written\n    retired_in: 1\n    text: {fi: A, sv: B}\n"
    )
    with pytest.raises(DataErrors) as err:
        load(tree, broken)
    lines = TOOL.count("\n")
    found = [(e.line, e.key) for e in err.value.errors]
    assert found == [
        (lines + 3, "retired[0].retired_in"),  # newer than the file
        (lines + 4, "retired[0].replaced_by[1]"),  # no such statement
        (lines + 6, "retired[1].id"),  # still asked: an id is never reused
        (lines + 7, "retired[1].retired_in"),
    ], found  # a first version retires nothing
    messages = {e.key: e.message for e in err.value.errors}
    assert (
        "goals-typo" in messages["retired[0].replaced_by[1]"] and "goals-known" in messages["retired[0].replaced_by[1]"]
    )
    assert "goals-written" in messages["retired[1].id"]


def test_worksheet_retired_field_cannot_come_back(tmp_path):
    folder = tmp_path / "data" / worksheet_model.FOLDER
    folder.mkdir(parents=True)
    text = WORKSHEET.replace("version: 1", "version: 2") + (
        "retired:\n  - id: when\n    retired_in: 2\n    replaced_by: [named]\n    text: {fi: Milloin, sv: När}\n"
    )
    (folder / "demo-list.yml").write_text(text, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    problems = worksheet_model.check_all(tmp_path / "data", tmp_path / "docs")
    assert (WORKSHEET.count("\n") + 2, "retired[0].id") in [(p.line, p.key) for p in problems]
    worksheet_model.clear_caches()


@pytest.mark.parametrize("tool", model.load_all() + worksheet_model.load_all(), ids=lambda t: t.id)
def test_every_retired_id_says_when_and_what_replaced_it(tool):
    """The real data: a retired id is no longer asked, and what replaces it is."""
    asked = {item.id for item in (tool.items() if hasattr(tool, "items") else tool.fields())}
    for old in tool.retired:
        assert old.id not in asked and 2 <= old.retired_in <= tool.version
        assert set(old.replaced_by) <= asked | {r.id for r in tool.retired}


def test_two_self_assessments_with_one_answer_code_are_refused(tree):
    """Answer codes name their tool by `code`: two tools with one code would read each other's answers."""
    load(tree, TOOL)
    load(tree, TOOL.replace("id: demo", "id: other"), tool_id="other")
    problems = model.check_all(tree / "data", tree / "docs")
    assert [(p.path.name, p.key, p.line) for p in problems] == [("other.yml", "code", CODE_LINE)]
    assert "'dm'" in problems[0].message and "'demo'" in problems[0].message


def test_an_answer_code_is_a_few_small_letters(tree):
    with pytest.raises(DataError) as err:
        load(tree, TOOL.replace("code: dm", "code: Demo-1"))
    assert (err.value.key, err.value.line) == ("code", CODE_LINE)

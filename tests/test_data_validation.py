"""Data files are validated on load; every error names file, line and key."""
from __future__ import annotations

import textwrap

import pytest

from macros.components.self_assessment import model
from macros.loading import ui
from macros.loading.errors import DataError
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
"""


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
    assert "ruotsinkielinen" in err.value.message and "svensk" in err.value.message


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


def test_real_data_files_are_valid():
    files = sorted(p.stem for p in (DATA / model.FOLDER).glob("*.yml"))
    assert files, "no self-assessment data files found"
    assert [tool.id for tool in model.load_all()] == files
    assert set(ui.ui_strings("fi")) == set(ui.ui_strings("sv")) == set(ui.load_ui())

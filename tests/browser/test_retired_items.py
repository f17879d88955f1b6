"""Answers to statements and checklist items that a newer version no longer
asks: kept in the browser, exported, named as no longer asked, and left out
of the group summary's figures. The retired ids come from the data files'
`retired:` lists, so the tests follow whatever the content retires."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from macros.components.self_assessment import model as sa_model
from macros.components.worksheet import model as ws_model
from macros.loading import ui

from .self_assessment_page import KEY, LANG_ROOT, LANGS, TOOL, answer, open_tool, stored

pytestmark = pytest.mark.browser


def with_retired(tools):
    found = [tool for tool in tools if tool.retired]
    assert found, "no data file retires an item: nothing to test"
    return found[0]


def old_record(tool, answers):
    """A record as the previous version of the page saved it."""
    return {"format": 1, "tool": tool.id, "toolVersion": tool.version - 1, "answers": answers}


@pytest.mark.parametrize("lang", LANGS)
def test_self_assessment_keeps_an_answer_to_a_retired_statement(context, site, lang):
    tool = sa_model.load(TOOL)
    assert tool.retired, f"{TOOL} retires no statement"
    values = [level.value for level in sa_model.load_scales()[tool.scale].levels]
    old = tool.retired[0]
    new = old.replaced_by[0] if old.replaced_by else next(tool.items()).id
    page = context.new_page()
    page.goto(site.base_url + LANG_ROOT[lang])
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(old_record(tool, {old.id: values[0]}))])
    open_tool(page, site, lang)
    alert = page.locator("[data-rt-alert]")
    assert alert.is_visible()
    assert ui.fill(ui.ui_strings(lang)["sa_removed_items"], count=1) in alert.inner_text()
    answer(page, new, values[-1])
    saved = stored(page)
    assert saved["answers"] == {old.id: values[0], new: values[-1]}
    assert saved["toolVersion"] == tool.version
    # the old answer counts for nothing now: one statement of all is answered
    progress = ui.fill(ui.ui_strings(lang)["sa_progress"], answered=1, total=len(list(tool.items())))
    assert page.inner_text("[data-sa-progress-text]") == progress
    with page.expect_download() as info:
        page.click('[data-rt-action="export-json"]')
    exported = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert exported["answers"][old.id] == values[0] and exported["answers"][new] == values[-1]
    assert exported["toolVersion"] == tool.version


@pytest.mark.parametrize("lang", LANGS)
def test_checklist_shows_a_retired_item_with_its_old_wording(context, site, lang):
    sheet = with_retired([s for s in ws_model.load_all() if s.kind == "checklist"])
    old = sheet.retired[0]
    fields = {field.id: field for field in sheet.fields()}
    new = fields[old.replaced_by[0]]
    key = f"verkostojohtaminen:worksheet:{sheet.id}"
    page = context.new_page()
    page.goto(site.base_url + LANG_ROOT[lang])
    note = "Sovittu syyskuussa"
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, v)",
        [key, json.dumps(old_record(sheet, {old.id: {"checked": True, "note": note}}))],
    )
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/{sheet.id}/")
    page.wait_for_selector(f'#ws-{sheet.id}[data-started="true"]')
    retired = page.locator(f"#ws-{sheet.id} [data-ws-retired]")
    assert retired.is_visible()
    assert ui.ui_strings(lang)["ws_retired_title"] in retired.inner_text()
    assert old.text[lang] in retired.inner_text() and note in retired.inner_text()
    page.check(f"#ws-{sheet.id}-{new.id}")
    answers = json.loads(page.evaluate(f"() => localStorage.getItem('{key}')"))["answers"]
    assert answers[old.id] == {"checked": True, "note": note}
    assert answers[new.id]["checked"] is True
    # the old tick is not counted as progress on the items asked now
    total = sum(1 for f in sheet.fields() if f.kind == "check")
    expected = ui.fill(ui.ui_strings(lang)["ws_progress"], done=1, total=total)
    assert page.inner_text(f"#ws-{sheet.id} [data-ws-progress-text]") == expected
    with page.expect_download() as info:
        page.click(f'#ws-{sheet.id} [data-rt-action="export-json"]')
    exported = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert exported["answers"][old.id] == {"checked": True, "note": note}


def gs_export(tool, answers, version, exported):
    return json.dumps(
        {
            "format": 1,
            "kind": "self-assessment",
            "tool": tool.id,
            "toolVersion": version,
            "exported": exported,
            "answers": answers,
            "snapshots": [],
        }
    )


@pytest.mark.parametrize("lang", LANGS)
def test_group_summary_leaves_out_and_names_answers_to_retired_statements(context, site, tmp_path, lang):
    tool = sa_model.load(TOOL)
    values = [level.value for level in sa_model.load_scales()[tool.scale].levels]
    retired = [r.id for r in tool.retired]
    current = [item.id for item in tool.items()]
    kept = current[0]
    files = {
        # the previous version: one statement still asked, every retired one answered
        "old.json": gs_export(
            tool, {kept: values[0], **{r: values[-1] for r in retired}}, tool.version - 1, "2026-01-10T10:00:00Z"
        ),
        "only-retired.json": gs_export(tool, {r: values[0] for r in retired}, tool.version - 1, "2026-01-11T10:00:00Z"),
        "new.json": gs_export(tool, {kept: values[-1]}, tool.version, "2026-11-20T10:00:00Z"),
    }
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}trainers/group-summary/")
    page.wait_for_selector('[data-module="vj-group-summary"][data-started="true"]')
    page.set_input_files("[data-gs-files]", paths)
    page.wait_for_function("() => document.querySelector('[data-gs-file-table] tbody').rows.length === 3")
    statuses = dict(
        zip(
            page.locator("[data-gs-file-table] tbody th").all_inner_texts(),
            page.locator("[data-gs-file-table] tbody td").all_inner_texts(),
            strict=False,
        )
    )
    t = ui.ui_strings(lang)
    assert statuses["old.json"] == ui.fill(t["gs_used_not_asked"], answers=1, other=len(retired)), statuses
    assert statuses["new.json"] == ui.fill(t["gs_used"], answers=1)
    assert statuses["only-retired.json"] == ui.fill(
        t["gs_skipped"], reason=ui.fill(t["gs_err_only_not_asked"], other=len(retired))
    )
    # figures rest on the statements asked now: two answers to the first, none to the others
    rows = page.locator("[data-gs-item-table] tbody tr")
    assert rows.count() == len(current)
    assert rows.nth(0).locator("td").first.inner_text() == "2"
    assert all(rows.nth(i).locator("td").first.inner_text() == "0" for i in range(1, len(current)))
    assert page.inner_text("[data-gs-overview]").startswith("2 ")  # old.json and new.json
    assert errors == []

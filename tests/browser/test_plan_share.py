"""Plans travel between members' devices (issue 19 point 4): a worksheet
shared as a link is shown read-only first, taken in only by the reader's
choice, combined row by row, with each field changed on both sides chosen
by the reader and the version not chosen kept in the history and export."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from macros.loading import ui

from .test_worksheet import LANG_ROOT, LANGS, answers_for, has_kind, key_of, open_sheet, sheet_where, stored

pytestmark = pytest.mark.browser

SHEET = sheet_where(has_kind("rows"))
SHARE_SHEET = """
Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: function (data) {
  window.__shared = data; return Promise.resolve();
}});"""


def first_of(kind):
    return next(field for field in SHEET.fields() if field.kind == kind)


def plant(page, answers, **extra):
    page.evaluate(
        "([key, record]) => localStorage.setItem(key, JSON.stringify(record))",
        [key_of(SHEET), {"format": 1, "tool": SHEET.id, "answers": answers, **extra}],
    )
    page.reload()
    page.wait_for_selector(f'#ws-{SHEET.id}[data-started="true"]')


def two_members():
    """Member A's plan, and member B's: B once took in A's earlier plan (so a
    row id is shared), then wrote other words in one field and that row, and
    added a row of their own; A has since added a row."""
    a = answers_for(SHEET)
    rows, text = first_of("rows"), first_of("text")
    b = copy.deepcopy(a)
    b[text.id] = "B:n oma sanamuoto"
    shared_row = a[rows.id][-1]
    b[rows.id][-1] = {**shared_row, "cells": {**shared_row["cells"], rows.columns[0].id: "B muutti tämän"}}
    b[rows.id].append({"id": "r-b", "label": "B:n rivi", "cells": {}})
    a[rows.id].append({"id": "r-a2", "label": "A:n uusi rivi", "cells": {}})
    return a, b


def share_link(browser, site, answers, lang="fi"):
    context = browser.new_context(service_workers="block")
    context.add_init_script(SHARE_SHEET)
    page = open_sheet(context.new_page(), site, SHEET, lang)
    plant(page, answers)
    page.click('[data-ws-action="share-plan"]')
    page.wait_for_function("() => window.__shared !== undefined")
    shared = page.evaluate("() => window.__shared")
    assert page.inner_text("[data-ws-share-message]") == ui.ui_strings(lang)["ws_share_shared"]
    context.close()
    return shared["url"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_shared_plan_merged_with_conflicting_edits_loses_nothing(browser, site, tmp_path, lang):
    a, b = two_members()
    link = share_link(browser, site, a, "fi" if lang == "sv" else "sv")  # made in the other language
    fragment = link.split("#", 1)[1]
    assert fragment.startswith("wp1z."), "compressed where the browser can"
    rows, text = first_of("rows"), first_of("text")
    strings = ui.ui_strings(lang)

    context = browser.new_context(service_workers="block", accept_downloads=True)
    page = open_sheet(context.new_page(), site, SHEET, lang)
    plant(page, b)
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/{SHEET.id}/#{fragment}")
    page.wait_for_selector("[data-ws-incoming]:not([hidden])")
    assert page.evaluate("() => document.activeElement.matches('[data-ws-incoming]')")
    assert "#" not in page.url
    # read-only first: the link's plan is shown, this device's answers unchanged
    assert a[text.id] in page.inner_text("[data-ws-incoming-doc]")
    assert stored(page, SHEET)["answers"] == b
    assert page.input_value(f"#ws-{SHEET.id}-{text.id}") == b[text.id]

    conflicts = page.locator("[data-ws-conflict-list] fieldset")
    assert conflicts.count() == 2
    page.click('[data-ws-action="take-plan"]')
    assert page.inner_text("[data-ws-incoming-message]") == strings["ws_conflicts_open"].format(count=2)
    assert stored(page, SHEET)["answers"] == b, "nothing taken before every choice is made"
    page.check(f'[data-ws-conflict="{text.id}"][value="shared"]')
    page.check(f'[data-ws-conflict="{rows.id}/{a[rows.id][-2]["id"]}"][value="own"]')
    page.click('[data-ws-action="take-plan"]')
    page.wait_for_selector("[data-ws-incoming]", state="hidden")
    assert page.inner_text("[data-ws-share-message]") == strings["ws_plan_taken"].format(fields=0, rows=1, chosen=2)

    record = stored(page, SHEET)
    answers = record["answers"]
    assert answers[text.id] == a[text.id]
    assert [row["id"] for row in answers[rows.id]] == [row["id"] for row in b[rows.id]] + ["r-a2"]
    assert answers[rows.id][-3] == b[rows.id][-2], "the row kept as this device had it"
    history = {(entry["field"], entry.get("row")): entry for entry in record["history"]}
    assert history[(text.id, None)]["value"] == b[text.id]
    assert history[(rows.id, a[rows.id][-2]["id"])]["value"] == a[rows.id][-2]
    # and the export carries the history
    with page.expect_download() as download:
        page.click('[data-rt-action="export-json"]')
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert exported["history"] == record["history"]
    context.close()


def test_a_damaged_plan_link_says_why_and_changes_nothing(browser, site):
    a, b = two_members()
    fragment = share_link(browser, site, a).split("#", 1)[1]
    damaged = fragment[:-6] + ("A" if fragment[-6] != "A" else "B") + fragment[-5:]
    context = browser.new_context(service_workers="block")
    page = open_sheet(context.new_page(), site, SHEET, "fi")
    plant(page, b)
    page.goto(f"{site.base_url}tools/{SHEET.id}/#{damaged}")
    page.wait_for_selector("[data-ws-incoming]:not([hidden])")
    strings = ui.ui_strings("fi")
    expected = strings["ws_plan_unreadable"].format(reason=strings["code_err_check"])
    assert page.inner_text("[data-ws-incoming-message]") == expected
    assert page.is_hidden('[data-ws-action="take-plan"]')
    assert stored(page, SHEET)["answers"] == b
    context.close()


def test_a_plan_taken_in_on_an_empty_device_is_the_plan(browser, site):
    a, _ = two_members()
    fragment = share_link(browser, site, a).split("#", 1)[1]
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(f"{site.base_url}tools/{SHEET.id}/#{fragment}")
    page.wait_for_selector("[data-ws-incoming]:not([hidden])")
    assert page.is_hidden("[data-ws-conflicts]")
    page.click('[data-ws-action="take-plan"]')
    page.wait_for_selector("[data-ws-incoming]", state="hidden")
    assert stored(page, SHEET)["answers"] == a
    context.close()

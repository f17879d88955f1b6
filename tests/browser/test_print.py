"""Printed forms: the self-assessments and worksheets on A4 paper, in both languages.

Printed to PDF in Chromium and looked at under print media emulation:
page count, no web-only lines, answer options on one row, lines for a name
and a date, the site name and the page's address, and "results only".
Expected texts come from ui.yml and the tool data.
"""

from __future__ import annotations

import json
import re

import pytest

from macros.components.self_assessment import model as sa_model
from macros.components.worksheet import model as ws_model
from macros.loading import ui

from .self_assessment_page import LANG_ROOT, LANGS, answer

pytestmark = pytest.mark.browser

MAX_BLANK_PAGES = 4
SELF_ASSESSMENTS = ["network-health", "leader-readiness"]
SHEETS = ws_model.load_all()

# Interface lines that belong on screen only, by their ui.yml keys.
WEB_ONLY = {
    "sa": [
        "sa_results_empty",
        "sa_snapshots_none",
        "sa_snapshots_intro",
        "sa_manage_intro",
        "sa_import_rules",
        "sa_snapshot_name",
        "sa_progress_label",
    ],
    "ws": ["ws_rows_empty", "ws_manage_intro", "ws_import_rules"],
    "page": ["share_title", "share_qr_caption", "share_address"],
}


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def open_tool(page, site, tool_id, lang):
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/{tool_id}/")
    # Every module on the page, not the first one: the share panel starts too.
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-module]')].every((m) => m.dataset.started === 'true')"
    )
    return page


def printed_text(page) -> str:
    """What paper shows: innerText follows the print styles once print media is emulated."""
    return page.evaluate("() => document.body.innerText")


def assert_web_only_hidden(page, lang, groups):
    strings = ui.ui_strings(lang)
    text = printed_text(page)
    shown = [strings[key] for group in groups for key in WEB_ONLY[group] if strings[key] in text]
    assert not shown, f"web-only lines on paper: {shown}"
    # no control a pen cannot use, and none of the site's chrome
    visible = page.evaluate("""() => [...document.querySelectorAll(
        'button, input[type=file], progress, .md-header, .md-sidebar, .md-footer, .md-search, .md-top, .share')]
        .filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80))""")
    assert not visible, f"on paper: {visible}"


def assert_source_and_fields(page, name_key, date_key, lang):
    strings = ui.ui_strings(lang)
    source = page.locator(".print-source")
    assert source.is_visible(), "no site name and address on paper"
    site_name = page.locator(".md-header__topic .site-name--long").first.text_content().strip()
    canonical = page.get_attribute('link[rel="canonical"]', "href")
    assert site_name and site_name in source.inner_text()
    assert canonical == page.url.split("#")[0].split("?")[0], "the test site's canonical address is the served one"
    assert canonical in source.inner_text(), f"the page's address is not on paper: {source.inner_text()!r}"
    fields = page.locator(".print-fields").first
    assert fields.is_visible(), "no lines for a name and a date on paper"
    labels = fields.inner_text()
    assert strings[name_key] in labels and strings[date_key] in labels
    # a line to write on after each label, long enough for a name or a date in pen
    lines = fields.locator(".print-fields__field").evaluate_all("""(all) => all.map((f) => {
        const line = getComputedStyle(f, '::after');
        return [line.borderBottomStyle, parseFloat(line.width)]; })""")
    assert len(lines) == 2 and all(style == "solid" and width >= 100 for style, width in lines), lines


# ---- self-assessments -----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tool_id", SELF_ASSESSMENTS)
def test_blank_self_assessment_prints_on_at_most_four_a4_pages(context, site, tool_id, lang):
    page = open_tool(context.new_page(), site, tool_id, lang)
    page.emulate_media(media="print")
    pages = pdf_pages(page.pdf(format="A4"))
    assert 1 <= pages <= MAX_BLANK_PAGES, f"the blank {tool_id} form prints on {pages} A4 pages ({lang})"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tool_id", SELF_ASSESSMENTS)
def test_blank_self_assessment_on_paper(context, site, tool_id, lang):
    tool = sa_model.load(tool_id)
    scale = sa_model.load_scales()[tool.scale]
    page = open_tool(context.new_page(), site, tool_id, lang)
    page.emulate_media(media="print")
    assert_web_only_hidden(page, lang, ["sa", "page"])
    assert_source_and_fields(page, "sa_print_name", "sa_print_date", lang)
    # each statement on paper, its answer options side by side on one row
    rows = page.locator(
        "fieldset.sa__item"
    ).evaluate_all("""(items) => items.map((item) => ({
        shown: item.getClientRects().length > 0,
        tops: [...item.querySelectorAll('.sa__option')].map((o) => Math.round(o.getBoundingClientRect().top)),
        marks: [...item.querySelectorAll('.sa__option input')].filter((i) => i.getClientRects().length > 0).length }))""")
    assert len(rows) == len(list(tool.items()))
    options = len(scale.levels) + 1
    for number, row in enumerate(rows, start=1):
        assert row["shown"] and row["marks"] == options, (number, row)
        assert max(row["tops"]) - min(row["tops"]) <= 1, f"statement {number}: options on several rows {row['tops']}"
    # every level of the scale is named above the answer columns
    heads = page.locator(".sa__print-columns").first
    assert heads.is_visible()
    for level in scale.levels:
        assert level.label[lang] in heads.inner_text().replace("\n", " ")
    assert scale.unknown[lang] in heads.inner_text().replace("\n", " ")


@pytest.mark.parametrize("lang", LANGS)
def test_results_only_print(context, site, lang):
    tool = sa_model.load("network-health")
    values = [level.value for level in sa_model.load_scales()[tool.scale].levels]
    strings = ui.ui_strings(lang)
    page = open_tool(context.new_page(), site, tool.id, lang)
    for index, item in enumerate(tool.items()):
        answer(page, item.id, values[index % len(values)])
    page.emulate_media(media="print")
    full = pdf_pages(page.pdf(format="A4"))
    page.emulate_media(media="screen")
    # window.print is replaced to see what the page looks like when it is called
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    button = page.get_by_role("button", name=strings["sa_print_results"])
    button.focus()
    page.keyboard.press("Enter")  # keyboard users print too
    assert page.evaluate("() => window.__printed") == 1
    page.emulate_media(media="print")
    shown = page.evaluate("""() => [...document.querySelectorAll('.md-content__inner > *, .sa > *')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className.split(' ')[0] : ''))""")
    assert set(shown) <= {"h1", "p.print-source", "div.sa", "div.print-fields", "section.sa__results"}, shown
    assert "section.sa__results" in shown and "h1" in shown and "p.print-source" in shown
    text = printed_text(page)
    assert strings["sa_results_title"] in text
    assert next(tool.items()).text[lang] not in text  # no statements
    only = pdf_pages(page.pdf(format="A4"))
    assert only < full, (only, full)
    # after printing, the whole page prints again
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("fieldset.sa__item").first.is_visible()


# ---- worksheets -----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("sheet", SHEETS, ids=lambda s: s.id)
def test_blank_worksheet_on_paper(context, site, sheet, lang):
    page = open_tool(context.new_page(), site, sheet.id, lang)
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")  # what Ctrl+P does first
    page.emulate_media(media="print")
    assert_web_only_hidden(page, lang, ["ws", "page"])
    assert_source_and_fields(page, "ws_print_name", "ws_print_date", lang)
    # repeating rows are a table to write in, headed by the data's labels
    for field in (f for f in sheet.fields() if f.kind == "rows"):
        table = page.locator(f'[data-ws-field="{field.id}"] .ws__print-rows')
        assert table.is_visible(), field.id
        heads = table.locator("thead th").all_inner_texts()
        assert heads[0] == field.row_label[lang]
        assert len(heads) == len(field.columns) + 1
        assert all(
            head.startswith(column.label[lang]) for head, column in zip(heads[1:], field.columns, strict=False)
        ), heads
        assert table.locator("tbody tr").count() >= len(field.preset) + 1


@pytest.mark.parametrize("lang", LANGS)
def test_filled_worksheet_prints_answers_only(context, site, lang):
    """The printout of a worksheet with answers: no status line, tables inside
    the page, preset rows nobody filled left out."""
    sheet = next(s for s in SHEETS if any(f.kind == "rows" and f.preset for f in s.fields()))
    group = next(f for f in sheet.fields() if f.kind == "rows" and f.preset)
    used, unused = group.preset[0], group.preset[1:]
    long_word = "Monialaisuusyhteistyökäytäntökehittämissuunnitelma" * 3
    rows = [{"id": used.id, "preset": used.id, "cells": {group.columns[0].id: long_word}}]
    rows += [{"id": p.id, "preset": p.id, "cells": {}} for p in unused]
    page = context.new_page()
    page.goto(site.base_url)
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, v)",
        [
            f"verkostojohtaminen:worksheet:{sheet.id}",
            json.dumps({"format": 1, "tool": sheet.id, "answers": {group.id: rows}}),
        ],
    )
    open_tool(page, site, sheet.id, lang)
    page.click(f'[data-ws-field="{group.id}"] [data-ws-action="row-down"] >> nth=0')  # announces a move
    page.wait_for_timeout(200)
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert page.locator("[data-rt-status]").evaluate("node => getComputedStyle(node).display") == "none"
    document = page.locator("[data-ws-document]")
    text = document.inner_text()
    assert used.label[lang] in text
    assert not any(p.label[lang] in text for p in unused), "preset rows nobody filled are left out"
    limit = page.evaluate("() => document.querySelector('[data-ws-document]').getBoundingClientRect().right")
    for box in document.locator("table").evaluate_all("ts => ts.map((t) => t.getBoundingClientRect().right)"):
        assert box <= limit + 0.5, "a table runs past the page's edge"

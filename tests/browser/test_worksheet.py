"""Worksheets and checklists in headless Chromium, in both languages.

The worksheets are chosen from the data by what they contain (a repeating
group, a checklist, a field that takes rows from a link), so the tests hold
whatever the content says; expected texts come from the data and ui.yml.
"""

from __future__ import annotations

import json
import re

import pytest

from macros.components.worksheet import model
from macros.components.worksheet.context import part_anchor
from macros.languages import LANG_ROOTS as LANG_ROOT
from macros.loading import ui
from macros.tooling.accessibility import describe_violations, run_axe

pytestmark = pytest.mark.browser

LANGS = ["fi", "sv"]
SHEETS = model.load_all()


def sheet_where(test):
    found = [sheet for sheet in SHEETS if test(sheet)]
    assert found, "no worksheet in data/worksheets fits this test"
    return found[0]


def has_kind(kind):
    return lambda sheet: sheet.kind == "worksheet" and any(f.kind == kind for f in sheet.fields())


def key_of(sheet):
    return f"verkostojohtaminen:worksheet:{sheet.id}"


def url_of(site, sheet, lang):
    return f"{site.base_url}{LANG_ROOT[lang]}tools/{sheet.id}/"


def open_sheet(page, site, sheet, lang, query=""):
    page.goto(url_of(site, sheet, lang) + query)
    page.wait_for_selector(f'#ws-{sheet.id}[data-started="true"]')
    return page


def stored(page, sheet):
    raw = page.evaluate(f"() => localStorage.getItem('{key_of(sheet)}')")
    return json.loads(raw) if raw else None


def control_id(sheet, field):
    return f"#ws-{sheet.id}-{field.id}"


def status_text(page, sheet):
    page.wait_for_timeout(120)  # the live region is rewritten after a short delay
    return page.inner_text(f"#ws-{sheet.id} [data-rt-status]")


def test_the_promised_worksheets_and_checklists_exist():
    kinds = [sheet.kind for sheet in SHEETS]
    assert kinds.count("worksheet") >= 4 and kinds.count("checklist") >= 2, kinds
    kinds_of_fields = {field.kind for sheet in SHEETS for field in sheet.fields()}
    assert kinds_of_fields >= {"text", "textarea", "date", "choice", "choices", "check", "rows"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("sheet", SHEETS, ids=lambda s: s.id)
def test_without_javascript_a_complete_blank_form(browser, site, sheet, lang):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url_of(site, sheet, lang))
    root = page.locator(f"#ws-{sheet.id}")
    assert root.locator("[data-enhanced]:visible").count() == 0
    text = root.inner_text()
    for part in sheet.parts:
        assert part.title[lang] in page.inner_text(f"#{part_anchor(sheet.id, part.id)}-title")
        if part.guide:
            assert root.locator(f"#{part_anchor(sheet.id, part.id)} .ws__guide a").count() == 1
        for field in part.fields:
            assert field.label[lang] in text, field.id
    for field in sheet.fields():
        if field.kind == "rows":
            rows = root.locator(f'[data-ws-field="{field.id}"] [data-ws-rows] > li')
            assert rows.count() == len(field.preset) + 2  # presets plus blank rows to fill on paper
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_only_completion_with_rows_added_moved_and_removed(context, site, lang):
    sheet = sheet_where(has_kind("rows"))
    page = open_sheet(context.new_page(), site, sheet, lang)
    fields = list(sheet.fields())
    text = next(f for f in fields if f.kind in ("text", "textarea"))
    page.focus(control_id(sheet, text))
    page.keyboard.type("Näppäimistöllä")
    page.keyboard.press("Tab")  # leaving the field saves it
    group = next(f for f in fields if f.kind == "rows")
    box = page.locator(f'[data-ws-field="{group.id}"]')
    before = box.locator("[data-ws-rows] > li").count()
    for label in ("Ensimmäinen", "Toinen"):
        box.locator('[data-ws-action="row-add"]').focus()
        page.keyboard.press("Enter")
        # focus moves to the new row's first field
        assert page.evaluate("document.activeElement.closest('[data-ws-row]') !== null")
        page.keyboard.type(label)
        page.keyboard.press("Tab")
    rows = stored(page, sheet)["answers"][group.id]
    assert [r.get("label") for r in rows[before:]] == ["Ensimmäinen", "Toinen"]
    assert stored(page, sheet)["answers"][text.id] == "Näppäimistöllä"
    # move the last row up by keyboard: it swaps with the one above and keeps focus
    last = box.locator("[data-ws-rows] > li").nth(before + 1)
    last.locator('[data-ws-action="row-up"]').focus()
    page.keyboard.press("Enter")
    rows = stored(page, sheet)["answers"][group.id]
    assert [r.get("label") for r in rows[before:]] == ["Toinen", "Ensimmäinen"]
    assert page.evaluate("document.activeElement.dataset.wsAction") == "row-up"
    assert page.evaluate("document.activeElement.closest('[data-ws-row]').dataset.wsRow") == rows[before]["id"]
    assert "Toinen" in status_text(page, sheet)
    # remove it by keyboard
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.wsAction") == "row-remove"
    page.keyboard.press("Enter")
    rows = stored(page, sheet)["answers"][group.id]
    assert [r.get("label") for r in rows[before:]] == ["Ensimmäinen"]
    assert page.evaluate("document.activeElement !== document.body")


@pytest.mark.parametrize("lang", LANGS)
def test_answers_come_back_after_reload_and_in_the_other_language(context, site, lang):
    sheet = sheet_where(has_kind("choices"))
    page = open_sheet(context.new_page(), site, sheet, lang)
    choices = next(f for f in sheet.fields() if f.kind == "choices")
    text = next(f for f in sheet.fields() if f.kind in ("text", "textarea"))
    page.fill(control_id(sheet, text), "Palautuu")
    page.check(f'[data-ws-field="{choices.id}"] input[value="{choices.options[-1].id}"]')
    assert page.inner_text(f"#ws-{sheet.id} [data-rt-saved]")  # visible saved state
    assert status_text(page, sheet) == ui.ui_strings(lang)["rt_saved"]
    other = "sv" if lang == "fi" else "fi"
    open_sheet(page, site, sheet, other)
    assert page.input_value(control_id(sheet, text)) == "Palautuu"
    assert page.is_checked(f'[data-ws-field="{choices.id}"] input[value="{choices.options[-1].id}"]')


# ---- Markdown ----------------------------------------------------------------


def finnish_date(iso):
    year, month, day = iso.split("-")
    return f"{int(day)}.{int(month)}.{year}"


def answers_for(sheet):
    """A deterministic answer for every field, by its kind."""
    answers = {}
    for index, field in enumerate(sheet.fields()):
        if field.kind in ("text",):
            answers[field.id] = f"Vastaus {index} <b>"
        elif field.kind == "textarea":
            answers[field.id] = f"Rivi yksi {index}\n- ei lista\nRivi kolme"
        elif field.kind == "date":
            answers[field.id] = "2026-12-01"
        elif field.kind == "number":
            answers[field.id] = 12.5
        elif field.kind == "choice":
            answers[field.id] = field.options[-1].id
        elif field.kind == "choices":
            answers[field.id] = [o.id for o in field.options[:2]]
        elif field.kind == "check":
            answers[field.id] = {"checked": index % 2 == 0, "note": f"huomio {index}" if index % 3 == 0 else ""}
        elif field.kind == "rows":
            rows = [{"id": p.id, "preset": p.id, "cells": {}} for p in field.preset]
            rows.append({"id": "r-own", "label": "Oma rivi", "cells": {}})
            for row in rows:
                for column in field.columns:
                    row["cells"][column.id] = (
                        "2026-03-02"
                        if column.kind == "date"
                        else column.options[0].id
                        if column.kind == "choice"
                        else 7.5
                        if column.kind == "number"
                        else f"{column.id} {row['id']}"
                    )
            answers[field.id] = rows
    return answers


def number_text(item, value, lang):
    """12.5 with unit 'h/kk' -> '12,5 h/kk' (a no-break space before the unit)."""
    unit = f"\u00a0{item.unit[lang]}" if item.unit else ""
    return f"{value:g}".replace(".", ",") + unit


def cell(column, value, lang):
    if column.kind == "date":
        return finnish_date(value)
    if column.kind == "number":
        return number_text(column, value, lang)
    if column.kind == "choice":
        return next(o.label[lang] for o in column.options if o.id == value)
    return value


def escape(line):
    return re.sub(r"^(\s*)([#>*+-]|\d+[.)])(\s|$)", r"\1\\\2\3", line)


def expected_markdown(sheet, answers, lang, date, address):
    """The document the export must give, written from the data and ui.yml."""
    t = ui.ui_strings(lang)
    out = [
        f"# {sheet.title[lang]}",
        "",
        t["ws_document_date"].replace("{date}", date),
        t["ws_document_source"].replace("{url}", address),
    ]
    for number, part in enumerate(sheet.parts, start=1):
        out += ["", f"## {number}. {part.title[lang]}"]
        in_checks = False
        for field in part.fields:
            value = answers.get(field.id)
            if field.kind == "check":
                if not in_checks:
                    out.append("")
                in_checks = True
                note = f" – {value['note']}" if value and value["note"] else ""
                out.append(f"- [{'x' if value and value['checked'] else ' '}] {field.label[lang]}{note}")
                continue
            in_checks = False
            out += ["", f"**{field.label[lang]}**", ""]
            if field.kind in ("text", "textarea"):
                out += [escape(line) for line in value.split("\n")]
            elif field.kind == "date":
                out.append(finnish_date(value))
            elif field.kind == "number":
                out.append(number_text(field, value, lang))
            elif field.kind == "choice":
                out.append(next(o.label[lang] for o in field.options if o.id == value))
            elif field.kind == "choices":
                out += [f"- {o.label[lang]}" for o in field.options if o.id in value]
            elif field.kind == "rows":
                for index, row in enumerate(value, start=1):
                    title = (
                        next(p.label[lang] for p in field.preset if p.id == row["preset"])
                        if "preset" in row
                        else row["label"]
                    )
                    out.append(f"{index}. {escape(title)}")
                    out += [f"   - {c.label[lang]}: {cell(c, row['cells'][c.id], lang)}" for c in field.columns]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "sheet", [s for s in SHEETS if s.kind == "worksheet"][:2] + [sheet_where(has_kind("number"))], ids=lambda s: s.id
)
def test_markdown_export_is_the_expected_document(browser, site, sheet, lang, tmp_path):
    context = browser.new_context(locale=f"{lang}-FI")
    page = context.new_page()
    answers = answers_for(sheet)
    page.goto(site.base_url)
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, v)",
        [key_of(sheet), json.dumps({"format": 1, "tool": sheet.id, "revision": 1, "answers": answers})],
    )
    open_sheet(page, site, sheet, lang)
    with page.expect_download() as info:
        page.click(f'#ws-{sheet.id} [data-ws-action="export-markdown"]')
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert path.name.endswith(".md")
    date = page.evaluate("() => new Date().toLocaleDateString(document.documentElement.lang + '-FI')")
    expected = expected_markdown(sheet, answers, lang, date, url_of(site, sheet, lang))
    assert path.read_text(encoding="utf-8") == expected
    # the printout shows the same answers, rows as tables
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")  # what Ctrl+P or the button does first
    page.emulate_media(media="print")
    assert page.is_hidden(f"#ws-{sheet.id} .ws__form")
    document = page.locator(f"#ws-{sheet.id} [data-ws-document]")
    assert document.is_visible()
    long_answer = next((v for v in answers.values() if isinstance(v, str) and "\n" in v), None)
    if long_answer:
        assert long_answer.split("\n")[-1] in document.inner_text()
    rows_fields = [f for f in sheet.fields() if f.kind == "rows"]
    assert document.locator("table").count() == len(rows_fields)
    context.close()


# ---- copy for e-mail and Word, write as e-mail --------------------------------

MAIL_SHEET = sheet_where(lambda s: has_kind("rows")(s) and has_kind("choices")(s) and has_kind("text")(s))


def some_answers(sheet):
    """The first text field, the first choices field and the first rows field
    answered (from answers_for); every other field left unanswered."""
    full = answers_for(sheet)
    chosen = [next(f for f in sheet.fields() if f.kind == kind) for kind in ("text", "choices", "rows")]
    return {f.id: full[f.id] for f in chosen}


def open_with_answers(browser, site, sheet, lang, answers, init_script=""):
    context = browser.new_context(locale=f"{lang}-FI")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.base_url.rstrip("/"))
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    page.goto(site.base_url)
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, v)",
        [key_of(sheet), json.dumps({"format": 1, "tool": sheet.id, "revision": 1, "answers": answers})],
    )
    return context, open_sheet(page, site, sheet, lang)


def action_message(page, sheet, action):
    """Clicks a worksheet action and returns the message it shows (role=status)."""
    message = page.locator(f"#ws-{sheet.id} [data-rt-action-message]")
    page.evaluate(
        "(id) => { document.querySelector(`#ws-${id} [data-rt-action-message]`).textContent = ''; }", sheet.id
    )
    page.click(f'#ws-{sheet.id} [data-ws-action="{action}"]')
    page.wait_for_function(
        "(id) => document.querySelector(`#ws-${id} [data-rt-action-message]`).textContent !== ''", arg=sheet.id
    )
    assert message.get_attribute("role") == "status" and message.is_visible()
    return message.inner_text()


READ_CLIPBOARD = """async () => {
  const [item] = await navigator.clipboard.read();
  const read = async (type) => (item.types.includes(type) ? (await item.getType(type)).text() : null);
  return { html: await read("text/html"), plain: await read("text/plain") };
}"""


def answered_texts(sheet, answers, lang):
    """Texts each answered field must show in a copy."""
    texts = []
    for field in sheet.fields():
        value = answers.get(field.id)
        if value is None:
            continue
        if field.kind == "text":
            texts += [field.label[lang], value]
        elif field.kind == "choices":
            texts += [field.label[lang]] + [o.label[lang] for o in field.options if o.id in value]
        elif field.kind == "rows":
            texts += [field.label[lang], *(c.label[lang] for c in field.columns)]
            texts += [p.label[lang] for p in field.preset] + [r["label"] for r in value if "label" in r]
            texts += [cell(c, r["cells"][c.id], lang) for r in value for c in field.columns]
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_copy_puts_rich_and_plain_text_on_the_clipboard(browser, site, lang):
    sheet, answers = MAIL_SHEET, some_answers(MAIL_SHEET)
    t = ui.ui_strings(lang)
    context, page = open_with_answers(browser, site, sheet, lang, answers)
    assert action_message(page, sheet, "copy") == t["ws_copied"]
    copied = page.evaluate(READ_CLIPBOARD)
    html, plain = copied["html"], copied["plain"]
    assert html and plain
    # The HTML is parsed in an inert document: its structure is real.
    shape = page.evaluate(
        """(html) => {
          const doc = new DOMParser().parseFromString(html, "text/html");
          const count = (s) => doc.querySelectorAll(s).length;
          return { h1: doc.querySelector("h1")?.textContent, h2: count("h2"), table: count("table"),
                   th: count("table th"), ul: count("ul li"), text: doc.body.textContent,
                   scripts: count("script, img, [onerror]") };
        }""",
        html,
    )
    answered_parts = [p for p in sheet.parts if any(f.id in answers for f in p.fields)]
    assert shape["h1"] == sheet.title[lang]
    assert shape["h2"] == len(answered_parts), "one heading per part with answers, none for the others"
    assert shape["table"] == 1 and shape["th"] > 1 and shape["ul"] == 2
    assert shape["scripts"] == 0, "the reader's '<b>' stays text"
    for text in (shape["text"], plain):
        assert "**" not in text and "##" not in text
        assert t["ws_no_answer"] not in text
        for expected in answered_texts(sheet, answers, lang):
            assert expected in text, expected
        for field in sheet.fields():
            if field.id not in answers and all(
                field.label[lang] not in e for e in answered_texts(sheet, answers, lang)
            ):
                assert field.label[lang] not in text, f"unanswered {field.id} left out"
    assert "<b>" in plain and not re.search(r"^(#|- \[)", plain, re.M)
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_copy_without_clipboard_item_gives_plain_text_and_refusal_is_said(browser, site, lang):
    sheet, answers = MAIL_SHEET, some_answers(MAIL_SHEET)
    t = ui.ui_strings(lang)
    context, page = open_with_answers(browser, site, sheet, lang, answers, "delete window.ClipboardItem;")
    assert action_message(page, sheet, "copy") == t["ws_copied"]
    plain = page.evaluate("() => navigator.clipboard.readText()")
    assert plain.startswith(sheet.title[lang] + "\n") and answers[next(iter(answers))] in plain
    assert "**" not in plain and t["ws_no_answer"] not in plain
    context.close()
    refuse = "for (const m of ['write', 'writeText']) navigator.clipboard[m] = () => Promise.reject(new Error('no'));"
    context, page = open_with_answers(browser, site, sheet, lang, answers, refuse)
    assert action_message(page, sheet, "copy") == t["ws_copy_failed"]
    context.close()


CATCH_MAIL = """window.addEventListener("click", (event) => {
  const link = event.target.closest('[data-ws-action="mail"]');
  if (!link) return;
  window.__mail = { href: link.href, prevented: event.defaultPrevented };
  event.preventDefault();  // the test has no mail program
});"""


@pytest.mark.parametrize("lang", LANGS)
def test_write_as_email_when_it_fits_and_says_to_copy_when_not(browser, site, lang):
    from urllib.parse import parse_qs, urlsplit

    sheet = MAIL_SHEET
    t = ui.ui_strings(lang)
    text_field = next(f for f in sheet.fields() if f.kind == "text")
    answers = {text_field.id: "Lyhyt vastaus & toinen"}
    context, page = open_with_answers(browser, site, sheet, lang, answers, CATCH_MAIL)
    assert action_message(page, sheet, "mail") == t["ws_mail_opened"]
    mail = page.evaluate("() => window.__mail")
    assert not mail["prevented"] and len(mail["href"]) <= 1800
    link = urlsplit(mail["href"])
    assert link.scheme == "mailto" and link.path == ""
    query = parse_qs(link.query)
    assert query["subject"] == [sheet.title[lang]]
    body = query["body"][0]
    assert "\r\n" in body and text_field.label[lang] in body and "Lyhyt vastaus & toinen" in body
    assert t["ws_no_answer"] not in body and "**" not in body
    context.close()
    context, page = open_with_answers(browser, site, sheet, lang, answers_for(sheet), CATCH_MAIL)
    assert action_message(page, sheet, "mail") == t["ws_mail_too_long"]
    assert page.evaluate("() => window.__mail.prevented"), "a link too long opens nothing"
    context.close()


# ---- import, storage, tabs -----------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_and_mismatched_imports(context, site, lang, tmp_path):
    sheet = sheet_where(has_kind("rows"))
    page = open_sheet(context.new_page(), site, sheet, lang)
    text = next(f for f in sheet.fields() if f.kind in ("text", "textarea"))
    page.fill(control_id(sheet, text), "Oma vastaus")
    page.keyboard.press("Tab")
    before = stored(page, sheet)["answers"]
    message = page.locator(f"#ws-{sheet.id} [data-rt-import-message]")
    refused = {
        "other-tool.json": {"format": 1, "tool": "network-health", "answers": {text.id: "x"}},
        "nothing-known.json": {"format": 1, "tool": sheet.id, "answers": {"no-such-field": "x"}},
        "bad-shape.json": {"format": 1, "tool": sheet.id, "answers": {text.id: ["not", "text"]}},
    }
    for name, content in refused.items():
        (tmp_path / name).write_text(json.dumps(content), encoding="utf-8")
        page.set_input_files(f"#ws-{sheet.id} [data-rt-import]", str(tmp_path / name))
        page.wait_for_function(
            "([id, name]) => document.querySelector(`#ws-${id} [data-rt-import-message]`).textContent.includes(name)",
            arg=[sheet.id, name],
        )
        assert stored(page, sheet)["answers"] == before
    hostile = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 1</script>'
    group = next(f for f in sheet.fields() if f.kind == "rows")
    incoming = {
        "format": 1,
        "tool": sheet.id,
        "answers": {
            text.id: hostile,
            group.id: [{"id": "r-1", "label": hostile, "cells": {group.columns[0].id: hostile}}],
        },
        "laterField": 1,
    }
    (tmp_path / "hostile.json").write_text(json.dumps(incoming), encoding="utf-8")
    page.set_input_files(f"#ws-{sheet.id} [data-rt-import]", str(tmp_path / "hostile.json"))
    page.locator(f"#ws-{sheet.id} [data-rt-import-question]").wait_for(state="visible")
    page.click(f'#ws-{sheet.id} [data-rt-action="import-yes"]')
    assert page.input_value(control_id(sheet, text)) == hostile
    assert page.locator(f"#ws-{sheet.id} img, #ws-{sheet.id} form script").count() == 0
    assert page.evaluate("() => window.__pwned === undefined")
    assert stored(page, sheet)["laterField"] == 1
    assert "hostile.json" in message.inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_a_second_tab_never_overwrites_newer_answers(context, site, lang):
    sheet = sheet_where(has_kind("text"))
    text = next(f for f in sheet.fields() if f.kind == "text")
    first = open_sheet(context.new_page(), site, sheet, lang)
    second = open_sheet(context.new_page(), site, sheet, lang)
    first.fill(control_id(sheet, text), "Ensimmäisestä välilehdestä")
    first.keyboard.press("Tab")
    conflict = second.locator(f"#ws-{sheet.id} [data-rt-conflict]")
    conflict.wait_for(state="visible")
    assert ui.ui_strings(lang)["rt_conflict"] in conflict.inner_text()
    second.fill(control_id(sheet, text), "Toisesta välilehdestä")
    second.keyboard.press("Tab")
    assert stored(second, sheet)["answers"][text.id] == "Ensimmäisestä välilehdestä"
    second.click(f'#ws-{sheet.id} [data-rt-action="reload"]')
    assert second.input_value(control_id(sheet, text)) == "Ensimmäisestä välilehdestä"
    assert conflict.is_hidden()


@pytest.mark.parametrize("lang", LANGS)
def test_full_storage_keeps_answers_on_screen_and_says_so(context, site, lang):
    from .test_engine import FILL_QUOTA

    sheet = sheet_where(has_kind("text"))
    text = next(f for f in sheet.fields() if f.kind == "text")
    page = context.new_page()
    page.goto(site.base_url)
    assert page.evaluate(FILL_QUOTA) == "QuotaExceededError"
    open_sheet(page, site, sheet, lang)
    page.fill(control_id(sheet, text), "Ei mahdu")
    page.keyboard.press("Tab")
    alert = page.locator(f"#ws-{sheet.id} [data-rt-alert]")
    assert ui.ui_strings(lang)["storage_full"].split(".")[0] in alert.inner_text()
    assert page.input_value(control_id(sheet, text)) == "Ei mahdu"
    assert page.inner_text(f"#ws-{sheet.id} [data-rt-saved]") == ui.ui_strings(lang)["rt_not_saved"]


@pytest.mark.parametrize("lang", LANGS)
def test_answer_to_a_removed_field_is_kept_shown_and_exported(context, site, lang, tmp_path):
    sheet = sheet_where(has_kind("text"))
    page = context.new_page()
    page.goto(site.base_url)
    record = {"format": 1, "tool": sheet.id, "revision": 3, "answers": {"retired-question": "Vanha vastaus"}}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [key_of(sheet), json.dumps(record)])
    open_sheet(page, site, sheet, lang)
    retired = page.locator(f"#ws-{sheet.id} [data-ws-retired]")
    assert retired.is_visible() and "Vanha vastaus" in retired.inner_text()
    assert ui.ui_strings(lang)["ws_retired_title"] in retired.inner_text()
    text = next(f for f in sheet.fields() if f.kind == "text")
    page.fill(control_id(sheet, text), "Uusi")
    page.keyboard.press("Tab")
    assert stored(page, sheet)["answers"]["retired-question"] == "Vanha vastaus"
    with page.expect_download() as info:
        page.click(f'#ws-{sheet.id} [data-ws-action="export-markdown"]')
    info.value.save_as(tmp_path / "doc.md")
    assert "retired-question: Vanha vastaus" in (tmp_path / "doc.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_clear_asks_first_and_can_be_undone(context, site, lang):
    sheet = sheet_where(has_kind("text"))
    text = next(f for f in sheet.fields() if f.kind == "text")
    page = open_sheet(context.new_page(), site, sheet, lang)
    page.fill(control_id(sheet, text), "Säilyy")
    page.keyboard.press("Tab")
    page.click(f'#ws-{sheet.id} [data-rt-action="clear"]')
    page.click(f'#ws-{sheet.id} [data-rt-action="clear-no"]')
    assert stored(page, sheet)["answers"][text.id] == "Säilyy"
    page.click(f'#ws-{sheet.id} [data-rt-action="clear"]')
    page.click(f'#ws-{sheet.id} [data-rt-action="clear-yes"]')
    assert stored(page, sheet)["answers"] == {}
    assert page.input_value(control_id(sheet, text)) == ""
    assert page.evaluate("document.activeElement.hasAttribute('data-rt-undo-text')")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # undo, by keyboard
    assert stored(page, sheet)["answers"][text.id] == "Säilyy"
    assert page.input_value(control_id(sheet, text)) == "Säilyy"


@pytest.mark.parametrize("lang", LANGS)
def test_checklist_ticks_and_notes_are_saved_and_progress_announced(context, site, lang):
    sheet = sheet_where(lambda s: s.kind == "checklist")
    checks = list(sheet.fields())
    page = open_sheet(context.new_page(), site, sheet, lang)
    page.focus(control_id(sheet, checks[0]))
    page.keyboard.press("Space")
    expected = ui.ui_strings(lang)["ws_progress"].replace("{done}", "1").replace("{total}", str(len(checks)))
    assert page.inner_text(f"#ws-{sheet.id} [data-ws-progress-text]") == expected
    assert expected in status_text(page, sheet)
    page.fill(f"{control_id(sheet, checks[1])}-note", "Sovitaan ensi viikolla")
    page.keyboard.press("Tab")
    answers = stored(page, sheet)["answers"]
    assert answers[checks[0].id]["checked"] is True
    assert answers[checks[1].id] == {"checked": False, "note": "Sovitaan ensi viikolla"}


@pytest.mark.parametrize("lang", LANGS)
def test_self_assessment_results_start_the_action_plan(context, site, lang):
    sheet = sheet_where(lambda s: any(f.prefill for f in s.fields()))
    group = next(f for f in sheet.fields() if f.prefill)
    page = context.new_page()
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/network-health/")
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    radios = page.locator("fieldset.sa__item")
    for index in range(radios.count()):
        radios.nth(index).locator("input[type=radio]").nth(0 if index < 3 else -2).check()
    offer = page.get_by_role("button", name=ui.ui_strings(lang)["sa_start_action_plan"])
    assert offer.is_visible()
    weakest = page.locator("[data-sa-recommendations] li strong").all_inner_texts()
    offer.click()
    page.wait_for_selector(f'#ws-{sheet.id}[data-started="true"]')
    rows = stored(page, sheet)["answers"][group.id]
    labels = [row.get("label", "") for row in rows]
    for title in weakest:
        # "<title>: <advice>", with the space after the colon
        assert any(label.startswith(title.rsplit(" (", 1)[0] + ": ") for label in labels), (title, labels)
    notice = page.locator(f"#ws-{sheet.id} [data-ws-rows-notice]")
    assert notice.is_visible() and notice.evaluate("node => node === document.activeElement")
    assert "?" not in page.url  # the rows are taken once
    page.reload()
    page.wait_for_selector(f'#ws-{sheet.id}[data-started="true"]')
    assert len(stored(page, sheet)["answers"][group.id]) == len(rows)
    # Starting the plan again from the same results adds nothing twice: rows are keyed by their section.
    page.go_back()
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    page.get_by_role("button", name=ui.ui_strings(lang)["sa_start_action_plan"]).click()
    page.wait_for_selector(f'#ws-{sheet.id}[data-started="true"]')
    assert len(stored(page, sheet)["answers"][group.id]) == len(rows)
    assert notice.inner_text() == ui.ui_strings(lang)["ws_rows_already"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", [320, 1280])
def test_axe_with_fields_filled_and_rows_added(browser, site, html_checker, tmp_path, lang, width):
    sheet = sheet_where(has_kind("rows"))
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(site.base_url)
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, v)",
        [key_of(sheet), json.dumps({"format": 1, "tool": sheet.id, "revision": 1, "answers": answers_for(sheet)})],
    )
    open_sheet(page, site, sheet, lang)
    page.click(f'#ws-{sheet.id} [data-ws-action="row-add"]')
    page.click(f'#ws-{sheet.id} [data-rt-action="clear"]')
    violations = run_axe(page)
    assert not violations, describe_violations(violations)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"page scrolls sideways by {overflow} px at {width} px"
    # the page as the reader now has it, answers and added rows included, is valid HTML
    (tmp_path / "filled.html").write_text(page.content(), encoding="utf-8")
    errors = html_checker(tmp_path / "filled.html")
    assert not errors, "\n".join(errors)
    page.close()


# A stored value of the wrong type for each kind, as a reader's old or damaged record may hold.
MISFITS = {
    "text": 12,
    "textarea": True,
    "date": 20260301,
    "number": "12",
    "choice": ["x"],
    "choices": "x",
    "check": True,
}


@pytest.mark.parametrize("lang", LANGS)
def test_answers_of_the_wrong_type_are_kept_aside_not_dropped(context, site, lang, tmp_path):
    """Every kind's wrong-typed answer and a partly broken row, on every
    worksheet that has them: the rest loads, one message counts what was kept
    aside, and it stays in storage and in the export."""
    for sheet in SHEETS:
        fields = list(sheet.fields())
        planted, expected_aside = {}, {}
        by_kind = {}
        for field in fields:
            by_kind.setdefault(field.kind, field)
        for kind, field in by_kind.items():
            if kind in MISFITS:
                planted[field.id] = MISFITS[kind]
                expected_aside[field.id] = MISFITS[kind]
        rows_field = by_kind.get("rows")
        kept_cell = None
        if rows_field:
            text_column = next(c for c in rows_field.columns if c.kind in ("text", "textarea"))
            bad_column = next((c for c in rows_field.columns if c is not text_column), None)
            cells = {text_column.id: "Säilyy"}
            if bad_column:
                cells[bad_column.id] = {"wrong": "type"}
                expected_aside[f"{rows_field.id}/r-half/{bad_column.id}"] = {"wrong": "type"}
            planted[rows_field.id] = [{"id": "r-half", "label": "Puolikas rivi", "cells": cells}, "not a row"]
            expected_aside[f"{rows_field.id}/2"] = "not a row"
            kept_cell = f"#ws-{sheet.id}-{rows_field.id}-r-half-{text_column.id}"
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
        page.goto(site.base_url)
        page.evaluate(
            "([k, v]) => localStorage.setItem(k, v)",
            [key_of(sheet), json.dumps({"format": 1, "tool": sheet.id, "revision": 1, "answers": planted})],
        )
        open_sheet(page, site, sheet, lang)
        alert = page.inner_text(f"#ws-{sheet.id} [data-rt-alert]")
        assert ui.ui_strings(lang)["rt_unreadable"].replace("{count}", str(len(expected_aside))) in alert, (
            sheet.id,
            alert,
        )
        if kept_cell:
            assert page.input_value(kept_cell) == "Säilyy", f"{sheet.id}: the row keeps the cells that fit"
        assert page.locator(f"#ws-{sheet.id} [data-rt-unreadable] dd").count() == len(expected_aside)
        # A save keeps what was set aside, and the export carries it.
        page.locator(
            f"#ws-{sheet.id} [data-ws-field] input[type=text], #ws-{sheet.id} [data-ws-field] textarea"
        ).first.fill("uusi")
        page.keyboard.press("Tab")
        record = stored(page, sheet)
        assert record["unreadable"] == expected_aside, sheet.id
        with page.expect_download() as info:
            page.click(f'#ws-{sheet.id} [data-rt-action="export-json"]')
        info.value.save_as(tmp_path / f"{sheet.id}.json")
        assert json.loads((tmp_path / f"{sheet.id}.json").read_text(encoding="utf-8"))["unreadable"] == expected_aside
        assert errors == [], (sheet.id, errors)
        page.close()

"""Answers that travel as links and codes (issue 19): a participant hands in
answers from a phone in one tap after the last answer, the trainer collects
links and pasted codes on another device, and no request carries answers."""

from __future__ import annotations

import json
import random
import re
from urllib.parse import unquote

import pytest

from macros.components.self_assessment import model
from macros.loading import ui
from macros.tooling.answer_codes import encode, sender_tag
from macros.tooling.site_build import serve

from .self_assessment_page import LANG_ROOT, LANGS, TOOL, open_tool, tool, values  # noqa: F401  (fixtures)
from .test_group_summary import export, participants, write

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# Where the Web Share API is offered, the page's call is recorded here and
# resolves as the share sheet would after the reader picks an app.
SHARE_SHEET = """
Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: function (data) {
  window.__shared = data; return Promise.resolve();
}});"""
NO_SHARE_SHEET = "delete Navigator.prototype.share;"


def phone_context(browser, script, permissions=()):
    context = browser.new_context(viewport=PHONE, locale="fi-FI", service_workers="block", has_touch=True)
    context.add_init_script(script)
    if permissions:
        context.grant_permissions(list(permissions))
    return context


def answer_all_but_last(page, answers):
    """Every answer but the last, stored as the form stores them; the last one
    is given by tapping it, as the participant does."""
    *first, (last_id, last_value) = answers.items()
    page.evaluate(
        """([key, answers]) => localStorage.setItem(key, JSON.stringify({ format: 1, answers }))""",
        [f"verkostojohtaminen:self-assessment:{TOOL}", dict(first)],
    )
    page.reload()
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    page.click(f'[data-sa-section-list] [data-sa-go="{len(page.locator("[data-sa-section]").all()) - 1}"]')
    page.check(f'input[name="{TOOL}--{last_id}"][value="{last_value}"]')


def full_answers(tool, values, seed=3):
    rng = random.Random(seed)
    return {item.id: rng.choice([*values, "unknown"]) for item in tool.items()}


def stored_tag(page):
    """The sender tag the page keeps with the answers (made at the first send)."""
    record = page.evaluate(f"() => localStorage.getItem('verkostojohtaminen:self-assessment:{TOOL}')")
    return json.loads(record)["handInTag"]


def code_in(text):
    return re.search(r"vj\d+-[0-9A-Za-z-]+", text).group(0)


@pytest.mark.parametrize("lang", LANGS)
def test_one_tap_after_the_last_answer_opens_the_share_sheet_with_a_short_link(browser, site, tool, values, lang):
    context = phone_context(browser, SHARE_SHEET)
    page = open_tool(context.new_page(), site, lang)
    answers = full_answers(tool, values)
    answer_all_but_last(page, answers)
    send = page.locator('[data-sa-action="send"]')
    assert send.is_visible(), "the send button is under the last section"
    send.click()  # the one tap; the share sheet's app and its send button are the other two
    page.wait_for_function("() => window.__shared !== undefined")
    shared = page.evaluate("() => window.__shared")
    strings = ui.ui_strings(lang)
    assert page.locator("[data-sa-send-message]").inner_text() == strings["sa_send_shared"]
    link = shared["url"]
    assert link.startswith(f"{site.base_url}{LANG_ROOT[lang]}trainers/group-summary/#vj1-")
    assert len(link) <= 120, f"{len(link)} characters: {link}"
    tag = stored_tag(page)
    assert code_in(shared["text"]) == link.split("#")[1] == encode(tool, values, answers, tag)
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_without_a_share_sheet_the_link_is_copied_and_the_reader_told_where_to_paste_it(
    browser, site, tool, values, lang
):
    context = phone_context(browser, NO_SHARE_SHEET, permissions=("clipboard-read", "clipboard-write"))
    page = open_tool(context.new_page(), site, lang)
    answers = full_answers(tool, values, seed=5)
    answer_all_but_last(page, answers)
    page.click('[data-sa-action="send"]')
    message = page.locator("[data-sa-send-message]")
    message.wait_for()
    assert message.get_attribute("role") == "status"
    assert message.inner_text() == ui.ui_strings(lang)["sa_send_copied"]
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert encode(tool, values, answers, stored_tag(page)) in copied
    assert page.input_value("[data-sa-send-link]") in copied, "the copied link is also shown"
    context.close()


def test_when_copying_is_refused_too_the_link_is_shown_selected(browser, site, tool, values):
    refuse = NO_SHARE_SHEET + (
        "Object.defineProperty(Clipboard.prototype, 'writeText', { value: () =>"
        " Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) });"
    )
    context = phone_context(browser, refuse)
    page = open_tool(context.new_page(), site, "fi")
    answer_all_but_last(page, full_answers(tool, values))
    page.click('[data-sa-action="send"]')
    page.locator("[data-sa-send-message]").wait_for()
    assert page.locator("[data-sa-send-message]").inner_text() == ui.ui_strings("fi")["sa_send_copy_failed"]
    selected = page.evaluate(
        "() => [document.activeElement.dataset.saSendLink !== undefined, getSelection().toString() || document.activeElement.value.slice(document.activeElement.selectionStart, document.activeElement.selectionEnd)]"
    )
    assert selected[0] and "#vj1-" in selected[1]
    context.close()


def open_summary(page, site, lang, path="trainers/group-summary/"):
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}{path}")
    page.wait_for_selector('[data-module="vj-group-summary"][data-started="true"]')
    return page


def table(page, name):
    return page.locator(f"[data-gs-{name}] tbody").inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_a_chat_of_codes_gives_the_summary_the_same_answers_give_as_files(context, site, tool, values, tmp_path, lang):
    """30 codes made in the other language, in a chat with other words, a
    repeated code and three broken ones: the same summary as the files."""
    people = participants(tool, values, 30, seed=19)
    codes = [encode(tool, values, answers, sender_tag(i)) for i, answers in enumerate(people)]
    other_tool = model.load("leader-readiness")
    foreign = encode(other_tool, values, {next(other_tool.items()).id: values[0]}, sender_tag(99))
    damaged = codes[0][:-1] + ("a" if codes[0][-1] != "a" else "b")
    cut = codes[1][: len(codes[1]) // 2]
    lines = [
        f"{name} klo 9.{i:02}: tässä https://example.org/sv/trainers/group-summary/#{code} kiitos!"
        for i, (name, code) in enumerate(zip(["Maija", "Kalle", "Aino"] * 10, codes, strict=False))
    ]
    chat = "\n".join(
        [
            *lines,
            f"Kalle: lähetin vielä kerran {codes[4]}",
            f"rikki: {damaged}",
            f"puolikas {cut}",
            f"väärä: {foreign}",
            "ja vj-ei-koodi",
        ]
    )

    by_code = open_summary(context.new_page(), site, lang)
    by_code.fill("[data-gs-paste]", chat)
    by_code.click('[data-gs-action="paste"]')
    by_code.wait_for_selector("[data-gs-results]:not([hidden])")
    strings = ui.ui_strings(lang)
    skipped = strings["gs_skipped"].split("{")[0]
    statuses = by_code.locator("[data-gs-file-table] tbody td").all_inner_texts()
    assert len(statuses) == 30 + 3, statuses
    reasons = [s for s in statuses if s.startswith(skipped)]
    assert reasons == [
        strings["gs_skipped"].format(reason=strings["code_err_check"]),
        strings["gs_skipped"].format(reason=strings["code_err_shape"]),
        strings["gs_skipped"].format(reason=strings["code_err_other_tool"].format(title=other_tool.title[lang])),
    ]

    files = {f"p{i:02}.json": export(a, exported=f"2026-11-20T10:{i:02}:00Z") for i, a in enumerate(people)}
    by_file = open_summary(context.new_page(), site, lang)
    by_file.evaluate("() => localStorage.clear()")
    by_file.reload()
    by_file.wait_for_selector('[data-module="vj-group-summary"][data-started="true"]')
    by_file.set_input_files("[data-gs-files]", write(tmp_path, files))
    by_file.wait_for_function("() => document.querySelector('[data-gs-file-table] tbody').rows.length === 30")
    for name in ("section-table", "item-table", "differ", "overview"):
        got = by_code.locator(f"[data-gs-{name}]").inner_text()
        assert got == by_file.locator(f"[data-gs-{name}]").inner_text(), name


def test_a_link_opened_on_the_trainers_device_joins_the_kept_group(browser, site, tool, values):
    """The group is kept on the trainer's device: a participant's link opened
    in another tab adds to it, a repeated one does not, and clearing asks
    first and can be undone."""
    trainer = browser.new_context(locale="fi-FI", service_workers="block")
    page = open_summary(trainer.new_page(), site, "fi")
    page.fill("[data-gs-name]", "Kevään työpaja")
    page.press("[data-gs-name]", "Tab")
    people = participants(tool, values, 3, seed=23)
    links = [
        f"{site.base_url}trainers/group-summary/#{encode(tool, values, a, sender_tag(i))}" for i, a in enumerate(people)
    ]
    for link in [*links, links[0]]:
        tab = trainer.new_page()
        tab.goto(link)
        tab.wait_for_selector('[data-module="vj-group-summary"][data-started="true"]')
        tab.wait_for_selector("[data-gs-message]:not(:empty)")
        assert "#" not in tab.url, "the code leaves the address bar"
        tab.close()
    page.reload()
    page.wait_for_selector("[data-gs-results]:not([hidden])")
    assert page.input_value("[data-gs-name]") == "Kevään työpaja"
    assert page.locator("[data-gs-file-table] tbody tr").count() == 3
    first = next(tool.items()).id
    assert page.locator("[data-gs-item-table] tbody tr").first.locator("td").first.inner_text() == str(
        sum(first in p for p in people)
    )

    page.click('[data-gs-action="clear"]')
    strings = ui.ui_strings("fi")
    assert page.locator("[data-gs-confirm-text]").inner_text() == strings["gs_clear_question"].format(people=3)
    assert page.evaluate("() => document.activeElement.matches('[data-gs-confirm-text]')")
    page.click('[data-gs-action="clear-yes"]')
    assert page.is_hidden("[data-gs-results]")
    assert page.evaluate("() => localStorage.length") == 0, "the cleared group is gone from the device"
    page.click('[data-gs-action="undo"]')
    assert page.locator("[data-gs-file-table] tbody tr").count() == 3
    assert page.input_value("[data-gs-name]") == "Kevään työpaja"
    assert page.evaluate("() => localStorage.length") == 1
    trainer.close()


def test_a_code_of_one_self_assessment_is_named_on_the_others_summary(context, site, tool, values):
    page = open_summary(context.new_page(), site, "sv", "trainers/group-summary-leader-readiness/")
    page.fill("[data-gs-paste]", encode(tool, values, {next(tool.items()).id: values[-1]}, sender_tag(1)))
    page.click('[data-gs-action="paste"]')
    page.wait_for_selector("[data-gs-results]:not([hidden])")
    strings = ui.ui_strings("sv")
    expected = strings["code_err_other_tool"].format(title=tool.title["sv"])
    assert page.locator("[data-gs-file-table] tbody td").inner_text() == strings["gs_skipped"].format(reason=expected)


def test_no_request_carries_answers(browser, site, tool, values):
    """From the participant's last answer to the trainer's summary, the
    server sees no answer code, and no request's address or headers hold one."""
    log = []
    seen = []
    answers = full_answers(tool, values, seed=29)
    with serve(site.dir, production_like=True, transfer_log=log) as base:
        participant = phone_context(browser, SHARE_SHEET)
        page = participant.new_page()
        page.on("request", lambda r: seen.append(json.dumps([r.url, r.headers, r.post_data])))
        page.goto(f"{base}tools/{TOOL}/")
        page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
        answer_all_but_last(page, answers)
        page.click('[data-sa-action="send"]')
        page.wait_for_function("() => window.__shared !== undefined")
        link = page.evaluate("() => window.__shared.url")
        code = encode(tool, values, answers, stored_tag(page))
        assert link.endswith(code)
        trainer = browser.new_context(service_workers="block")
        summary = trainer.new_page()
        summary.on("request", lambda r: seen.append(json.dumps([r.url, r.headers, r.post_data])))
        summary.goto(link)
        summary.wait_for_selector("[data-gs-results]:not([hidden])")
        participant.close()
        trainer.close()
    payload = code.split("-")[2]
    assert log and seen
    assert not [path for path, *_ in log if payload in unquote(path) or "vj1-" in path]
    assert not [request for request in seen if payload in request]


def test_answers_sent_again_replace_the_senders_earlier_ones(browser, site, tool, values):
    """A participant changes an answer after the discussion and sends again:
    the trainer's group has their new answers, not two people."""
    participant = phone_context(browser, SHARE_SHEET)
    page = open_tool(participant.new_page(), site, "fi")
    answers = full_answers(tool, values, seed=37)
    answer_all_but_last(page, answers)
    page.click('[data-sa-action="send"]')
    page.wait_for_function("() => window.__shared !== undefined")
    first = page.evaluate("() => window.__shared.url")
    last_id = list(answers)[-1]
    changed = values[0] if answers[last_id] != values[0] else values[-1]
    page.evaluate("() => { window.__shared = undefined; }")
    page.check(f'input[name="{TOOL}--{last_id}"][value="{changed}"]')
    page.click('[data-sa-action="send"]')
    page.wait_for_function("() => window.__shared !== undefined")
    second = page.evaluate("() => window.__shared.url")
    assert first != second and first.split("-")[2] == second.split("-")[2], "one sender tag, other answers"
    participant.close()

    trainer = browser.new_context(service_workers="block")
    summary = open_summary(trainer.new_page(), site, "fi")
    summary.fill("[data-gs-paste]", f"{first}\n{second}")
    summary.click('[data-gs-action="paste"]')
    summary.wait_for_selector("[data-gs-results]:not([hidden])")
    strings = ui.ui_strings("fi")
    assert summary.locator("[data-gs-file-table] tbody td").all_inner_texts() == [
        strings["gs_used_replaced"].format(answers=len(answers))
    ]
    assert strings["gs_replaced_count"].format(replaced=1) in summary.inner_text("[data-gs-message]")
    row = summary.locator("[data-gs-item-table] tbody tr").last.locator("td").all_inner_texts()
    column = 1 + [*values, "unknown"].index(changed)
    assert row[column] == "1", "the changed answer counts, the earlier one does not"
    trainer.close()

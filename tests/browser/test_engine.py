"""The tool engine under real failures, in Chromium: a full store, a store
whose every method throws, damaged and newer records, hostile and
mismatched imports, the snapshot limit, and a component that fails to start.

Each test drives the failure itself (fills the real quota, replaces the real
Storage methods, plants real records) and then checks what the reader sees
and what is left in storage.
"""

from __future__ import annotations

import json

import pytest

from macros.components.limits import LIMITS
from macros.loading import ui
from macros.tooling.accessibility import describe_violations, run_axe

from .self_assessment_page import (  # noqa: F401  (fixtures)
    KEY,
    LANG_ROOT,
    LANGS,
    TOOL,
    answer,
    items,
    open_tool,
    raw_record,
    tool,
    values,
)

pytestmark = pytest.mark.browser

FILL_QUOTA = """() => {
  let size = 1 << 20, i = 0;
  while (size >= 1) {
    try { localStorage.setItem('filler:' + i, 'x'.repeat(size)); i += 1; }
    catch (error) {
      if (error.name !== 'QuotaExceededError') throw error;
      size = Math.floor(size / 2);
    }
  }
  try { localStorage.setItem('probe-after-fill', 'x'); return 'not full'; }
  catch (error) { return error.name; }
}"""

EVERY_STORAGE_METHOD_THROWS = """
for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
  Storage.prototype[name] = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
}
"""


def text_start(lang, key):
    """The fixed opening of an interface text, before its first placeholder."""
    return ui.ui_strings(lang)[key].split("{")[0].strip()


def plant(page, site, lang, raw):
    page.goto(site.base_url + LANG_ROOT[lang])
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, raw])


def alert_paragraphs(page):
    return page.locator("[data-rt-alert] p").all_inner_texts()


def export(page, tmp_path):
    with page.expect_download() as info:
        page.click('[data-rt-action="export-json"]')
    path = tmp_path / "export.json"
    info.value.save_as(path)
    return json.loads(path.read_text(encoding="utf-8"))


def errors_of(page):
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return errors


@pytest.mark.parametrize("lang", LANGS)
def test_full_store_still_shows_saved_answers_and_keeps_them(context, site, values, items, tmp_path, lang):
    page = context.new_page()
    saved = {"format": 1, "tool": TOOL, "answers": {items[0]: values[-1]}, "snapshots": []}
    plant(page, site, lang, json.dumps(saved))
    assert page.evaluate(FILL_QUOTA) == "QuotaExceededError"
    open_tool(page, site, lang)
    # The saved answer is read although the store is full.
    assert page.is_checked(f'input[name="{TOOL}--{items[0]}"][value="{values[-1]}"]')
    assert alert_paragraphs(page) == []
    for item in items[1:6]:
        answer(page, item, values[0])
    # One message, in the page's language, however many saves failed.
    assert len(alert_paragraphs(page)) == 1
    assert text_start(lang, "storage_full") in alert_paragraphs(page)[0]
    # What was stored is intact; what was typed is on screen and exported.
    assert json.loads(raw_record(page))["answers"] == saved["answers"]
    assert page.is_checked(f'input[name="{TOOL}--{items[5]}"][value="{values[0]}"]')
    exported = export(page, tmp_path)
    assert exported["answers"] == {items[0]: values[-1], **{item: values[0] for item in items[1:6]}}


@pytest.mark.parametrize("lang", LANGS)
def test_every_storage_method_throwing_leaves_a_working_tool(browser, site, values, items, tmp_path, lang):
    context = browser.new_context()
    context.add_init_script(EVERY_STORAGE_METHOD_THROWS)
    page = context.new_page()
    errors = errors_of(page)
    open_tool(page, site, lang)
    assert alert_paragraphs(page) and text_start(lang, "storage_unavailable") in alert_paragraphs(page)[0]
    for item in items[:5]:
        answer(page, item, values[1])
    assert len(alert_paragraphs(page)) == 1, alert_paragraphs(page)
    assert f"5 / {len(items)}" in page.inner_text("[data-sa-progress-text]")
    assert page.is_visible("[data-sa-results-body]")
    assert export(page, tmp_path)["answers"] == {item: values[1] for item in items[:5]}
    assert errors == []
    context.close()


@pytest.mark.parametrize(
    "raw",
    [
        json.dumps({"format": 1, "answers": ["not", "a", "map"]}),
        "{broken json",
        "[1, 2, 3]",
    ],
    ids=["answers-list", "bad-json", "array"],
)
@pytest.mark.parametrize("lang", LANGS)
def test_damaged_record_is_set_aside_where_the_message_says(context, site, values, items, lang, raw):
    page = context.new_page()
    errors = errors_of(page)
    plant(page, site, lang, raw)
    open_tool(page, site, lang)
    aside = page.evaluate(
        "() => Object.keys(localStorage).filter(k => k.includes(':unreadable:')).map(k => [k, localStorage.getItem(k)])"
    )
    assert len(aside) == 1 and aside[0][1] == raw, aside
    message = " ".join(alert_paragraphs(page))
    assert aside[0][0] in message and text_start(lang, "storage_corrupt") in message
    # Every control works afterwards.
    answer(page, items[0], values[0])
    page.click('[data-sa-action="snapshot"]')
    assert json.loads(raw_record(page))["answers"] == {items[0]: values[0]}
    assert errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_damaged_record_that_cannot_be_copied_is_never_overwritten(context, site, values, items, lang):
    page = context.new_page()
    raw = "{broken json " + "y" * 2000
    plant(page, site, lang, raw)
    assert page.evaluate(FILL_QUOTA) == "QuotaExceededError"
    open_tool(page, site, lang)
    message = " ".join(alert_paragraphs(page))
    assert KEY in message and text_start(lang, "storage_corrupt_kept") in message
    for item in items[:3]:
        answer(page, item, values[-1])
    assert raw_record(page) == raw
    assert len(alert_paragraphs(page)) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_record_of_a_newer_format_is_not_overwritten(context, site, values, items, lang):
    page = context.new_page()
    raw = json.dumps({"format": 99, "tool": TOOL, "answers": {items[0]: values[0]}, "newThing": [1, 2]})
    plant(page, site, lang, raw)
    open_tool(page, site, lang)
    assert text_start(lang, "storage_newer") in " ".join(alert_paragraphs(page))
    answer(page, items[1], values[-1])
    assert raw_record(page) == raw


def write_file(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("lang", LANGS)
def test_file_that_matches_nothing_is_refused_next_to_the_control(context, site, values, items, tmp_path, lang):
    page = open_tool(context.new_page(), site, lang)
    for item in items[:5]:
        answer(page, item, values[1])
    before = raw_record(page)
    stranger = {
        "format": 1,
        "kind": "self-assessment",
        "tool": TOOL,
        "answers": {"no-such-item": values[0], "another-unknown": values[-1]},
    }
    page.set_input_files("[data-rt-import]", write_file(tmp_path, "stranger.json", stranger))
    message = page.locator("[data-rt-import-message]")
    message.wait_for(state="visible")
    assert "stranger.json" in message.inner_text()
    assert text_start(lang, "io_err_nothing_matches") in message.inner_text()
    assert raw_record(page) == before
    # Shown where the reader clicked: right below the file input, inside its group.
    field = page.locator("[data-rt-import]").bounding_box()
    shown = message.bounding_box()
    assert 0 <= shown["y"] - (field["y"] + field["height"]) < 150, (field, shown)
    # A second failure replaces the first message instead of adding to it.
    page.set_input_files("[data-rt-import]", write_file(tmp_path, "second.json", "not json"))
    page.wait_for_function(
        "() => document.querySelector('[data-rt-import-message]').textContent.includes('second.json')"
    )
    assert "stranger.json" not in message.inner_text()
    assert page.locator("[role=alert]:not(:empty):visible").count() == 1


@pytest.mark.parametrize("lang", LANGS)
def test_import_asks_before_replacing_answers_and_keeps_unknown_fields(context, site, values, items, tmp_path, lang):
    page = open_tool(context.new_page(), site, lang)
    for item in items[:5]:
        answer(page, item, values[1])
    before = raw_record(page)
    incoming = {
        "format": 1,
        "kind": "self-assessment",
        "tool": TOOL,
        "answers": {items[0]: values[-1]},
        "snapshots": [],
        "laterField": {"kept": True},
    }
    path = write_file(tmp_path, "incoming.json", incoming)
    page.set_input_files("[data-rt-import]", path)
    question = page.locator("[data-rt-import-question]")
    question.wait_for(state="visible")
    assert "incoming.json" in question.inner_text() and "5" in question.inner_text()
    assert page.evaluate("document.activeElement.hasAttribute('data-rt-import-question')")
    page.click('[data-rt-action="import-no"]')
    assert raw_record(page) == before
    assert text_start(lang, "io_import_cancelled") in page.inner_text("[data-rt-import-message]")
    page.set_input_files("[data-rt-import]", path)
    question.wait_for(state="visible")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # "Yes, import and replace", by keyboard
    stored = json.loads(raw_record(page))
    assert stored["answers"] == {items[0]: values[-1]}
    assert stored["laterField"] == {"kept": True}
    assert "incoming.json" in page.inner_text("[data-rt-import-message]")


@pytest.mark.parametrize("lang", ["fi"])
def test_what_can_be_saved_can_be_imported_back(context, site, values, items, tmp_path, lang):
    """Snapshots up to the shared limit survive export, a cleared browser and import."""
    page = context.new_page()
    most = LIMITS["max_snapshots"]
    snapshots = [
        {"id": f"s{i}", "created": "2026-01-01T10:00:00.000Z", "name": f"n{i}", "answers": {items[0]: values[0]}}
        for i in range(most)
    ]
    plant(
        page,
        site,
        lang,
        json.dumps({"format": 1, "tool": TOOL, "answers": {items[1]: values[-1]}, "snapshots": snapshots}),
    )
    open_tool(page, site, lang)
    # One more is refused with a message beside the button, nothing lost.
    page.click('[data-sa-action="snapshot"]')
    assert str(most) in page.inner_text("[data-sa-snapshot-message]")
    assert len(json.loads(raw_record(page))["snapshots"]) == most
    exported = export(page, tmp_path)
    page.evaluate("() => localStorage.clear()")
    page.reload()
    page.wait_for_selector(f"#sa-{TOOL}[data-started]")
    page.set_input_files("[data-rt-import]", str(tmp_path / "export.json"))
    page.wait_for_function(f"() => localStorage.getItem('{KEY}') !== null")
    stored = json.loads(raw_record(page))
    assert len(stored["snapshots"]) == most == len(exported["snapshots"])
    assert stored["answers"] == {items[1]: values[-1]}


@pytest.mark.parametrize("lang", LANGS)
def test_no_weak_sections_named_when_every_answer_is_at_the_top(context, site, values, items, lang):
    page = open_tool(context.new_page(), site, lang)
    for item in items:
        answer(page, item, values[-1])
    assert page.locator("[data-sa-recommendations] li").count() == 0
    assert page.inner_text("[data-sa-recommendations-intro]") == ui.ui_strings(lang)["sa_recommendations_none"]


@pytest.mark.parametrize("lang", LANGS)
def test_phone_with_three_snapshots_is_keyboard_scrollable_and_axe_clean(browser, site, values, items, lang):
    page = browser.new_page(viewport={"width": 320, "height": 640})
    open_tool(page, site, lang)
    for index, item in enumerate(items):
        answer(page, item, values[index % len(values)])
    for name in ("Syksy 2026", "Kevät 2027", "Syksy 2027"):
        page.fill("[data-sa-snapshot-name]", name)
        page.click('[data-sa-action="snapshot"]')
    violations = run_axe(page)
    assert not violations, describe_violations(violations)
    page.close()


@pytest.mark.parametrize("lang", LANGS)
def test_component_that_fails_to_start_leaves_the_plain_form(browser, site, values, items, lang):
    context = browser.new_context()
    context.route(
        "**/components/self-assessment/self-assessment.*.js",
        lambda route: route.fulfill(
            status=200, content_type="text/javascript", body="throw new Error('component broken for the test');"
        ),
    )
    page = context.new_page()
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/{TOOL}/")
    page.wait_for_selector('[data-started="failed"]')
    assert page.locator('[data-module="vj-self-assessment"] [data-enhanced]:visible').count() == 0
    assert page.is_visible("[data-failed-note]")
    assert ui.ui_strings(lang)["engine_failed"] in page.inner_text("[data-failed-note]")
    answer(page, items[0], values[0])  # the form itself still works
    assert page.is_checked(f'input[name="{TOOL}--{items[0]}"][value="{values[0]}"]')
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_answers_of_the_wrong_type_are_kept_aside_not_dropped(context, site, values, items, tmp_path, lang):
    """A record that keeps its shape but holds answers this page cannot read:
    the rest loads, one message counts what was kept aside, and it stays in
    storage and in the export."""
    good = {"id": "s1", "created": "2026-01-01T00:00:00Z", "answers": {items[0]: values[0]}}
    planted = {
        "format": 1,
        "tool": TOOL,
        "answers": {items[0]: values[0], items[1]: str(values[1]), items[2]: None},
        "snapshots": [None, good],
    }
    page = context.new_page()
    errors = errors_of(page)
    plant(page, site, lang, json.dumps(planted))
    open_tool(page, site, lang)
    assert page.is_checked(f'input[name="{TOOL}--{items[0]}"][value="{values[0]}"]')
    expected = ui.ui_strings(lang)["rt_unreadable"].replace("{count}", "3")
    assert expected in " ".join(alert_paragraphs(page))
    listed = page.locator("[data-rt-unreadable]")
    assert listed.is_visible() and f'"{values[1]}"' not in listed.inner_text() and str(values[1]) in listed.inner_text()
    assert page.locator("[data-sa-snapshots] li").count() == 1, "the readable snapshot stays"
    answer(page, items[3], values[0])
    stored = json.loads(raw_record(page))
    assert stored["unreadable"] == {items[1]: str(values[1]), items[2]: None, "snapshots/1": None}
    assert stored["answers"] == {items[0]: values[0], items[3]: values[0]}
    assert export(page, tmp_path)["unreadable"] == stored["unreadable"]
    assert errors == []

"""The self-assessment component in headless Chromium, in both languages."""

from __future__ import annotations

import json

import pytest

from macros.components.self_assessment import model
from macros.loading import ui
from macros.tooling.accessibility import describe_violations, run_axe

from .self_assessment_page import KEY, LANG_ROOT, LANGS, TOOL, answer, open_tool, stored, tool, values  # noqa: F401

pytestmark = pytest.mark.browser


def status_text(page):
    page.wait_for_timeout(120)  # the live region is rewritten after a short delay
    return page.inner_text("[data-rt-status]")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_without_javascript_the_form_is_complete(browser, site, tool, values, lang):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/{TOOL}/")
    items = list(tool.items())
    assert page.locator("fieldset.sa__item").count() == len(items)
    assert page.locator("fieldset.sa__item legend").first.inner_text().strip()
    assert page.locator(".sa__section h3").count() == len(tool.sections)
    first = page.locator("fieldset.sa__item").first
    # every radio has a visible label: each level of the scale plus "cannot say"
    assert first.locator("label input[type=radio]").count() == len(values) + 1
    assert page.locator("[data-enhanced]").count() >= 3
    assert page.locator("[data-enhanced]:visible").count() == 0
    assert tool.sections[0].title[lang] in page.inner_text(f"#section-{tool.sections[0].id}")
    context.close()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_autosave_progress_results_and_language_switch(context, site, tool, values, lang):
    page = open_tool(context.new_page(), site, lang)
    items = [item.id for item in tool.items()]
    total = len(items)
    top, low = values[-1], values[0]
    answer(page, items[0], top)
    answer(page, items[1], low)
    answer(page, items[2], "unknown")
    assert f"3 / {total}" in page.inner_text("[data-sa-progress-text]")
    assert f"3 / {total}" in status_text(page)
    assert stored(page)["answers"] == {items[0]: top, items[1]: low, items[2]: "unknown"}
    # results are shown once answered, with a table row per section
    assert page.is_visible("[data-sa-results-body]")
    assert page.locator("[data-sa-table] tbody tr").count() == len(tool.sections)
    page.reload()
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    assert page.is_checked(f'input[name="{TOOL}--{items[0]}"][value="{top}"]')
    # the other language's page shows the same answers (same ids)
    other = "sv" if lang == "fi" else "fi"
    open_tool(page, site, other)
    assert page.is_checked(f'input[name="{TOOL}--{items[1]}"][value="{low}"]')
    assert page.is_checked(f'input[name="{TOOL}--{items[2]}"][value="unknown"]')


@pytest.mark.parametrize("lang", LANGS)
def test_recommendations_link_to_the_lowest_sections(context, site, tool, values, lang):
    page = open_tool(context.new_page(), site, lang)
    low, high = tool.sections[1], tool.sections[0]
    for item in low.items:
        answer(page, item.id, values[0])
    for item in high.items:
        answer(page, item.id, values[-1])
    first = page.locator("[data-sa-recommendations] li").first
    assert low.title[lang] in first.inner_text()
    href = first.locator("a").get_attribute("href")
    page.click("[data-sa-recommendations] li a >> nth=0")
    page.wait_for_load_state()
    path, _, anchor = low.read_more.partition("#")
    assert page.url.split("#")[0].endswith("/" + path[:-3] + "/"), (href, page.url)
    if anchor:
        assert page.url.endswith("#" + anchor)
        assert page.locator(f"#{anchor}").count() == 1
    # the chart has one bar per section
    page.go_back()
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    assert page.locator("[data-sa-chart] rect.sa__chart-bar").count() == len(tool.sections)


@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_only(context, site, tool, values, lang):
    page = open_tool(context.new_page(), site, lang)
    items = [item.id for item in tool.items()]
    page.focus(f'input[name="{TOOL}--{items[0]}"][value="{values[0]}"]')
    page.keyboard.press("ArrowRight")  # radio group: arrows move and select
    page.keyboard.press("ArrowRight")
    assert stored(page)["answers"][items[0]] == values[2]
    page.keyboard.press("Tab")  # to the next statement's group
    page.keyboard.press("Space")
    assert items[1] in stored(page)["answers"]
    # clear with confirmation, by keyboard
    page.focus('[data-rt-action="clear"]')
    page.keyboard.press("Enter")
    assert page.is_visible("[data-rt-confirm]")
    assert page.evaluate("document.activeElement.id").endswith("-confirm-text")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert stored(page)["answers"] == {}
    assert page.is_hidden("[data-rt-confirm]")
    # the undo offer has focus; undoing brings the answers back
    assert page.evaluate("document.activeElement.hasAttribute('data-rt-undo-text')")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert stored(page)["answers"][items[0]] == values[2]
    assert page.evaluate("document.activeElement.dataset.rtAction") == "clear"


@pytest.mark.parametrize("lang", LANGS)
def test_clear_can_be_cancelled(context, site, tool, values, lang):
    page = open_tool(context.new_page(), site, lang)
    first = next(tool.items()).id
    answer(page, first, values[1])
    page.click('[data-rt-action="clear"]')
    page.click('[data-rt-action="clear-no"]')
    assert stored(page)["answers"] == {first: values[1]}


@pytest.mark.parametrize("lang", LANGS)
def test_dated_snapshots_compare_and_delete(context, site, tool, values, lang):
    page = open_tool(context.new_page(), site, lang)
    first = next(tool.items()).id
    low, top = values[0], values[-1]
    answer(page, first, low)
    page.fill("[data-sa-snapshot-name]", "Syksy")
    page.click('[data-sa-action="snapshot"]')
    assert "Syksy" in status_text(page)
    answer(page, first, top)
    record = stored(page)
    assert len(record["snapshots"]) == 1
    assert record["snapshots"][0]["answers"] == {first: low}
    assert record["snapshots"][0]["created"][:4].isdigit()
    compare = page.locator("[data-sa-compare]")
    assert "Syksy" in compare.locator("thead").inner_text()
    first_row = compare.locator("tbody tr").first.inner_text()
    assert f"{top},0" in first_row and f"{low},0" in first_row  # decimal comma in both languages
    # dates are written d.m.yyyy in both languages, as in Finland
    today = page.evaluate(
        "() => { const d = new Date(); return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`; }"
    )
    assert f"Syksy ({today}" in compare.locator("thead").inner_text()
    # two more, unnamed, in the same minute: the columns stay distinguishable
    page.click('[data-sa-action="snapshot"]')
    page.click('[data-sa-action="snapshot"]')
    headers = compare.locator("thead th").all_inner_texts()[2:]
    assert len(headers) == 3 and len(set(headers)) == 3, headers
    assert all(today in header for header in headers), headers
    for _ in range(3):
        page.click('[data-sa-action="delete-snapshot"] >> nth=0')
    assert stored(page)["snapshots"] == []
    assert page.is_hidden("[data-sa-compare-wrap]")


@pytest.mark.parametrize("lang", LANGS)
def test_export_and_import_round_trip(context, site, tool, values, tmp_path, lang):
    page = open_tool(context.new_page(), site, lang)
    items = [item.id for item in tool.items()]
    a, b = values[1], values[-1]
    answer(page, items[0], a)
    answer(page, items[3], b)
    page.click('[data-sa-action="snapshot"]')
    with page.expect_download() as info:
        page.click('[data-rt-action="export-json"]')
    download = info.value
    assert download.suggested_filename.startswith(f"{TOOL}-")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    exported = json.loads(path.read_text())
    assert exported["tool"] == TOOL and exported["format"] == 1
    assert exported["answers"] == {items[0]: a, items[3]: b}
    assert len(exported["snapshots"]) == 1
    # clear everything, then import the file back
    page.evaluate("() => localStorage.clear()")
    page.reload()
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    assert not page.is_checked(f'input[name="{TOOL}--{items[0]}"][value="{a}"]')
    page.set_input_files("[data-rt-import]", str(path))
    page.wait_for_function(f"() => localStorage.getItem('{KEY}') !== null")
    assert page.is_checked(f'input[name="{TOOL}--{items[0]}"][value="{a}"]')
    assert stored(page)["answers"] == {items[0]: a, items[3]: b}
    assert len(stored(page)["snapshots"]) == 1


BAD_FILES = {
    "not-json.json": "this is { not json",
    "wrong-tool.json": json.dumps({"format": 1, "tool": "<img src=x onerror=window.__pwned=1>", "answers": {}}),
    "bad-value.json": json.dumps({"format": 1, "tool": TOOL, "answers": {"goals-x": "<b>9</b>"}}),
    "array.json": "[1, 2, 3]",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
@pytest.mark.parametrize("lang", LANGS)
def test_invalid_or_hostile_import_is_refused_as_text(context, site, tool, values, tmp_path, name, lang):
    page = open_tool(context.new_page(), site, lang)
    first = next(tool.items()).id
    answer(page, first, values[-1])
    path = tmp_path / name
    path.write_text(BAD_FILES[name])
    page.set_input_files("[data-rt-import]", str(path))
    message = page.locator("[data-rt-import-message]")
    message.wait_for(state="visible")
    assert name in message.inner_text()
    assert page.locator(".sa img, .sa b").count() == 0
    assert page.evaluate("() => window.__pwned === undefined")
    assert stored(page)["answers"] == {first: values[-1]}


@pytest.mark.parametrize("lang", LANGS)
def test_answers_to_removed_items_are_kept_and_exported(context, site, tool, values, tmp_path, lang):
    page = context.new_page()
    page.goto(site.base_url + LANG_ROOT[lang])
    record = {
        "format": 1,
        "tool": TOOL,
        "toolVersion": 0,
        "answers": {"retired-item": 2},
        "snapshots": [],
        "futureField": {"keep": True},
    }
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(record)])
    open_tool(page, site, lang)
    assert page.locator("[data-rt-alert]").is_visible()
    first = next(tool.items()).id
    answer(page, first, values[-1])
    saved = stored(page)
    assert saved["answers"] == {"retired-item": 2, first: values[-1]}
    assert saved["futureField"] == {"keep": True}
    with page.expect_download() as info:
        page.click('[data-rt-action="export-json"]')
    path = tmp_path / "export.json"
    info.value.save_as(path)
    assert json.loads(path.read_text())["answers"]["retired-item"] == 2


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_axe_with_answers_results_and_snapshots(context, site, tool, values, html_checker, tmp_path, lang):
    page = open_tool(context.new_page(), site, lang)
    for index, item in enumerate(tool.items()):
        answer(page, item.id, values[index % len(values)] if index % 7 else "unknown")
    page.click('[data-sa-action="snapshot"]')
    page.click('[data-rt-action="clear"]')
    violations = run_axe(page)
    assert not violations, describe_violations(violations)
    # the page with answers, results and snapshots shown is valid HTML
    (tmp_path / "answered.html").write_text(page.content(), encoding="utf-8")
    errors = html_checker(tmp_path / "answered.html")
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("lang", LANGS)
def test_print_view_shows_answers_and_results_not_buttons(context, site, tool, values, lang):
    page = open_tool(context.new_page(), site, lang)
    answer(page, next(tool.items()).id, values[-1])
    page.emulate_media(media="print")
    assert page.is_visible("[data-sa-results-body]")
    assert page.is_visible("fieldset.sa__item")
    assert page.is_hidden(".sa__actions")
    assert page.is_hidden(".md-sidebar--primary")

    # the chart is redrawn at paper width for printing and back afterwards
    def view_width():
        return float(page.get_attribute("[data-sa-chart]", "viewBox").split()[2])

    on_screen = view_width()
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert view_width() == 560
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert view_width() == on_screen


@pytest.mark.parametrize("lang", LANGS)
def test_second_tool_gives_results_and_reading_in_the_page_language(context, site, lang):
    """The leader-readiness tool works end to end, and its advice stays in the language."""
    other = model.load("leader-readiness")
    values = [level.value for level in model.load_scales()[other.scale].levels]
    page = context.new_page()
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/{other.id}/")
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    items = list(other.items())
    for index, item in enumerate(items):
        page.check(f'input[name="{other.id}--{item.id}"][value="{values[0] if index < 3 else values[-1]}"]')
    assert f"{len(items)} / {len(items)}" in page.inner_text("[data-sa-progress-text]")
    assert page.locator("[data-sa-table] tbody tr").count() == len(other.sections)
    links = page.locator("[data-sa-recommendations] li a")
    assert links.count() >= 1
    assert other.sections[0].title[lang] in page.inner_text("[data-sa-recommendations] li >> nth=0")
    href = links.first.get_attribute("href")
    page.click("[data-sa-recommendations] li a >> nth=0")
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == lang, href


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tool_id", ["network-health", "leader-readiness"])
def test_chart_text_stays_readable_and_inside_on_a_phone(browser, site, tool_id, lang):
    """At 320 px the chart is drawn at its real width: labels keep their size and fit."""
    other = model.load(tool_id)
    middle = model.load_scales()[other.scale].levels[1].value
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/{tool_id}/")
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    for item in other.items():
        answer(page, item.id, middle, tool_id)
    chart = page.locator("[data-sa-chart]")
    box = chart.bounding_box()
    column = page.locator("[data-sa-results-body]").bounding_box()
    assert box["width"] >= column["width"] - 1, f"chart {box['width']} px wide in a {column['width']} px column"
    labels = page.evaluate("""() => [...document.querySelectorAll('[data-sa-chart] text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, right: r.right, height: r.height };
    })""")
    assert labels, "no chart text drawn"
    too_small = [label["text"] for label in labels if label["height"] < 14]
    assert not too_small, f"chart text shrunk below 14 px on a phone: {too_small}"
    outside = [label["text"] for label in labels if label["right"] > box["x"] + box["width"] + 0.5]
    assert not outside, f"chart text runs past the chart's right edge: {outside}"
    # every section title is in the chart; wrapping splits it only at spaces
    drawn = " ".join(label["text"] for label in labels)
    for section in other.sections:
        assert section.title[lang] in drawn, (section.title[lang], drawn)
    page.close()


@pytest.mark.parametrize("lang", LANGS)
def test_returning_reader_is_offered_the_first_unanswered_statement(context, site, tool, values, lang):
    items = [item.id for item in tool.items()]
    numbers = [
        f"{s}.{i}" for s, section in enumerate(tool.sections, start=1) for i, _ in enumerate(section.items, start=1)
    ]
    page = context.new_page()
    page.goto(site.base_url)
    answered = {item: values[0] for item in items[:3]}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps({"format": 1, "answers": answered})])
    open_tool(page, site, lang)
    resume = page.locator("[data-sa-resume]")
    assert resume.is_visible() and resume.bounding_box()["y"] < 2000, "the notice is near the top"
    expected = ui.ui_strings(lang)["sa_continue_from"].replace("{number}", numbers[3])
    link = page.locator("[data-sa-resume-link]")
    assert link.inner_text() == expected
    link.click()
    focused = page.evaluate("document.activeElement.closest('[data-sa-item]').dataset.saItem")
    assert focused == items[3]
    # answering keeps the progress bar in view without covering the field in focus
    page.keyboard.press("Space")
    status = page.locator(".rt__bar")
    page.wait_for_timeout(120)
    box, field = (
        status.bounding_box(),
        page.evaluate(
            "(() => { const r = document.activeElement.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; })()"
        ),
    )
    viewport = page.viewport_size["height"]
    assert box["y"] >= 0 and box["y"] + box["height"] <= viewport + 1, "status in view"
    assert field["bottom"] <= box["y"] or field["top"] >= box["y"] + box["height"], "status covers the focused field"


@pytest.mark.parametrize("lang", LANGS)
def test_results_rest_on_enough_answers_and_on_the_scale_range(context, site, tool, values, lang):
    page = open_tool(context.new_page(), site, lang)
    thin = next(s for s in tool.sections if len(s.items) >= 3)
    answer(page, thin.items[0].id, values[0])  # one answer of several, at the bottom of the scale
    for section in tool.sections:
        if section.id != thin.id:
            for item in section.items:
                answer(page, item.id, values[-2])
    ranked = page.locator("[data-sa-recommendations] li strong").all_inner_texts()
    assert ranked and not any(text.startswith(thin.title[lang] + " (") for text in ranked), ranked
    index = [s.id for s in tool.sections].index(thin.id)
    bar = page.locator("[data-sa-chart] rect.sa__chart-bar").nth(index)
    assert float(bar.get_attribute("width")) == 0, "the scale's lowest value draws no bar"


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_one_section_at_a_time_with_a_list_of_sections(browser, site, tool, values, lang):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/{TOOL}/")
    page.wait_for_selector(f'#sa-{TOOL}[data-started="true"]')
    sections = page.locator("[data-sa-section]")
    visible = [i for i in range(sections.count()) if sections.nth(i).is_visible()]
    assert visible == [0], "only the first section is shown on a phone"
    links = page.locator("[data-sa-section-list] button")
    assert links.count() == len(tool.sections)
    first = tool.sections[0]
    for item in first.items:
        answer(page, item.id, values[0])
    expected = (
        ui.ui_strings(lang)["sa_section_count"]
        .replace("{answered}", str(len(first.items)))
        .replace("{total}", str(len(first.items)))
    )
    assert expected in links.nth(0).inner_text()
    # free movement: straight to the last section from the list, focus on its heading
    links.nth(len(tool.sections) - 1).click()
    assert sections.nth(len(tool.sections) - 1).is_visible() and not sections.nth(0).is_visible()
    assert page.evaluate("document.activeElement.tagName") == "H3"
    # the next button of the last section leads to the results
    last = sections.nth(len(tool.sections) - 1)
    assert last.locator('[data-sa-step="1"]').inner_text() == ui.ui_strings(lang)["sa_to_results"]
    # on paper and on a wide screen every section is there
    page.emulate_media(media="print")
    assert all(sections.nth(i).is_visible() for i in range(sections.count()))
    page.emulate_media(media="screen")
    page.set_viewport_size({"width": 1366, "height": 900})
    assert all(sections.nth(i).is_visible() for i in range(sections.count()))
    page.close()

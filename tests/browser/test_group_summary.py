"""The trainers' group summary in Chromium: many exports combined on one
device, damaged and foreign files named and skipped, figures checked against
statistics computed here from the same files."""

from __future__ import annotations

import json
import random
import statistics

import pytest

from macros.loading import ui
from macros.tooling.accessibility import describe_violations, run_axe

from .self_assessment_page import LANG_ROOT, LANGS, TOOL, tool, values  # noqa: F401  (fixtures)
from .test_tool_controls import assert_label_meets_value_cleanly

pytestmark = pytest.mark.browser


def open_summary(page, site, lang):
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}trainers/group-summary/")
    page.wait_for_selector('[data-module="vj-group-summary"][data-started="true"]')
    return page


def export(answers, tool_id=TOOL, version=1, exported="2026-11-20T10:00:00Z"):
    return json.dumps(
        {
            "format": 1,
            "kind": "self-assessment",
            "tool": tool_id,
            "toolVersion": version,
            "exported": exported,
            "answers": answers,
            "snapshots": [],
        }
    )


def participants(tool, values, count, seed=7):
    rng = random.Random(seed)
    items = [item.id for item in tool.items()]
    return [{item: rng.choice(values + ["unknown"]) for item in items if rng.random() > 0.1} for _ in range(count)]


def write(tmp_path, files):
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def number(value, lang):
    return f"{value:.1f}".replace(".", ",")


@pytest.mark.parametrize("lang", LANGS)
def test_files_are_combined_and_bad_ones_named_and_skipped(context, site, tool, values, tmp_path, lang):
    people = participants(tool, values, 6)
    files = {f"p{i}.json": export(answers, exported=f"2026-11-2{i}T10:00:00Z") for i, answers in enumerate(people)}
    # an older version of the tool: a retired statement, combined by item id
    # (one answer differs from p0's: the same answers twice count once)
    old = dict(people[0])
    first = next(tool.items()).id
    old[first] = values[0] if old.get(first) != values[0] else values[-1]
    old["retired-statement"] = values[0]
    people.append({k: v for k, v in old.items() if k != "retired-statement"})
    files["old-version.json"] = export(old, version=0, exported="2026-10-01T10:00:00Z")
    files["other-tool.json"] = export({"x-y": values[0]}, tool_id="leader-readiness")
    files["damaged.json"] = '{"format": 1, "tool": "network-'
    files["p0-again.json"] = files["p0.json"]
    page = open_summary(context.new_page(), site, lang)
    page.set_input_files("[data-gs-files]", write(tmp_path, files))
    page.wait_for_selector("[data-gs-results]:not([hidden])")
    page.wait_for_function("() => document.querySelector('[data-gs-file-table] tbody').rows.length === 10")
    statuses = dict(
        zip(
            page.locator("[data-gs-file-table] tbody th").all_inner_texts(),
            page.locator("[data-gs-file-table] tbody td").all_inner_texts(),
            strict=False,
        )
    )
    skipped = ui.ui_strings(lang)["gs_skipped"].split("{")[0]
    assert all(not statuses[f"p{i}.json"].startswith(skipped) for i in range(6)), statuses
    assert not statuses["old-version.json"].startswith(skipped)
    for name in ("other-tool.json", "damaged.json", "p0-again.json"):
        assert statuses[name].startswith(skipped), (name, statuses[name])
    # every statement's figures, computed here from the same answers
    rows = page.locator("[data-gs-item-table] tbody tr")
    for index, item in enumerate(tool.items()):
        given = [p[item.id] for p in people if item.id in p]
        numbers = [v for v in given if v != "unknown"]
        cells = rows.nth(index).locator("td").all_inner_texts()
        assert cells[0] == str(len(given))
        assert cells[1 : 1 + len(values)] == [str(numbers.count(v)) for v in values]
        assert cells[1 + len(values)] == str(len(given) - len(numbers))
        if numbers:
            assert cells[2 + len(values)] == number(statistics.median(numbers), lang)
            assert cells[3 + len(values)] == f"{number(min(numbers), lang)}–{number(max(numbers), lang)}"
    # the statement where views differ most comes first
    spreads = {
        item.id: statistics.pstdev([p[item.id] for p in people if p.get(item.id) not in (None, "unknown")])
        for item in tool.items()
        if len([p for p in people if p.get(item.id) not in (None, "unknown")]) > 1
    }
    widest = max(spreads, key=spreads.get)
    text = next(item.text[lang] for item in tool.items() if item.id == widest)
    first = page.locator("[data-gs-differ] li").first.inner_text()
    assert text in first or spreads[widest] == sorted(spreads.values())[-2], (first, text)
    assert_label_meets_value_cleanly(page.locator("[data-module=vj-group-summary]").inner_text())


@pytest.mark.parametrize("lang", ["fi"])
def test_two_hundred_files_combine(context, site, tool, values, tmp_path, lang):
    people = participants(tool, values, 200, seed=11)
    files = {
        f"participant-{i:03}.json": export(a, exported=f"2026-11-20T10:{i // 60:02}:{i % 60:02}Z")
        for i, a in enumerate(people)
    }
    page = open_summary(context.new_page(), site, lang)
    page.set_input_files("[data-gs-files]", write(tmp_path, files))
    page.wait_for_function("() => document.querySelector('[data-gs-file-table] tbody').rows.length === 200")
    first = next(tool.items()).id
    answered = sum(1 for p in people if first in p)
    assert page.locator("[data-gs-item-table] tbody tr").first.locator("td").first.inner_text() == str(answered)
    assert int(page.get_attribute('[data-module="vj-group-summary"]', "data-last-combine-ms")) >= 0


@pytest.mark.parametrize("lang", LANGS)
def test_drag_and_drop_and_axe(context, site, tool, values, html_checker, tmp_path, lang):
    page = open_summary(context.new_page(), site, lang)
    people = participants(tool, values, 3)
    page.evaluate(
        """(texts) => {
        const transfer = new DataTransfer();
        texts.forEach((text, i) => transfer.items.add(new File([text], `dropped-${i}.json`, { type: 'application/json' })));
        document.querySelector('[data-gs-drop]').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }""",
        [export(a, exported=f"2026-11-2{i}T10:00:00Z") for i, a in enumerate(people)],
    )
    page.wait_for_function("() => document.querySelector('[data-gs-file-table] tbody').rows.length === 3")
    violations = run_axe(page)
    assert not violations, describe_violations(violations)
    (tmp_path / "summary.html").write_text(page.content(), encoding="utf-8")
    errors = html_checker(tmp_path / "summary.html")
    assert not errors, "\n".join(errors)
    page.click('[data-gs-action="clear"]')
    page.click('[data-gs-action="clear-yes"]')
    assert page.is_hidden("[data-gs-results]")
    assert page.evaluate("() => localStorage.length") == 0, "nothing is left on the device"


@pytest.mark.parametrize("lang", LANGS)
def test_the_projector_view_shows_one_section_at_a_time_by_arrow_keys(context, site, tool, values, tmp_path, lang):
    """Large type, one section per screen: its statements' answers as bars
    whose counts are the item table's, arrow keys between sections, Escape out."""
    people = participants(tool, values, 8, seed=31)
    files = {f"p{i}.json": export(a, exported=f"2026-11-2{i}T10:00:00Z") for i, a in enumerate(people)}
    page = open_summary(context.new_page(), site, lang)
    page.set_viewport_size({"width": 1366, "height": 768})
    page.set_input_files("[data-gs-files]", write(tmp_path, files))
    page.wait_for_function("() => document.querySelector('[data-gs-file-table] tbody').rows.length === 8")
    page.click('[data-gs-action="project"]')
    dialog = page.locator("[data-gs-projector]")
    assert dialog.evaluate("(d) => d.open && d.matches(':modal')")
    sections = tool.sections
    for index, section in enumerate(sections):
        assert dialog.locator("h2").inner_text() == f"{index + 1}. {section.title[lang]}"
        bars = dialog.locator(".gs-projector__bar").all()
        assert len(bars) == len(section.items)
        for item, bar in zip(section.items, bars, strict=True):
            given = [p[item.id] for p in people if item.id in p]
            expected = [given.count(v) for v in [*values, "unknown"]]
            assert bar.locator("span").all_inner_texts() == [str(n) for n in expected if n], item.id
        if index == 0:
            violations = run_axe(page)
            assert not violations, describe_violations(violations)
        page.keyboard.press("ArrowRight")
    assert dialog.locator("h2").inner_text().startswith(f"{len(sections)}.")
    page.keyboard.press("ArrowLeft")
    assert dialog.locator("h2").inner_text().startswith(f"{len(sections) - 1}.")
    page.keyboard.press("Escape")
    assert not dialog.evaluate("(d) => d.open")
    assert page.evaluate("() => document.activeElement.dataset.gsAction") == "project"

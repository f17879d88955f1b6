"""Every record tool (self-assessments, worksheets, checklists), driven as a
reader would: no control moves while answering, and every control has a
name that tells it apart from the others in its group.

The tools are found in the data, so a new tool is tested without a change here.
"""

from __future__ import annotations

import re

import pytest

from macros.components.self_assessment import model as self_assessments
from macros.components.worksheet import model as worksheets
from macros.languages import LANG_ROOTS

pytestmark = pytest.mark.browser

TOOLS = [t.id for t in self_assessments.load_all()] + [w.id for w in worksheets.load_all()]
CONTROL_ROLES = {"textbox", "checkbox", "radio", "combobox", "spinbutton", "button", "listbox", "Date"}
# The browser's own parts of a date field (day, month, year, picker) are named by the browser, not by us.
NATIVE_WIDGETS = {"Date", "Time", "DateTime", "InputTime"}

# Layout shifts since the page loaded, whatever caused them (Chromium's layout-shift entries).
WATCH_SHIFTS = """() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shifts.push({
      value: entry.value,
      nodes: (entry.sources || []).map((s) => s.node && (s.node.id || s.node.className || s.node.nodeName)),
    });
  }).observe({ type: "layout-shift" });
}"""


# A label run into its value ("Tavoitteet:Sanoittakaa") or punctuation doubled where they meet ("toimintaan.: ").
RUN_TOGETHER = re.compile(r"[^\W\d_][:;,][^\W\d_]")
DOUBLED = re.compile(r"[.:;,][.:;,]")


def assert_label_meets_value_cleanly(text):
    problems = [
        text[max(0, m.start() - 30) : m.end() + 30] for m in (*RUN_TOGETHER.finditer(text), *DOUBLED.finditer(text))
    ]
    assert not problems, f"label and value run together or punctuation doubles: {problems[:5]}"


def open_tool(page, site, tool_id, lang):
    page.goto(f"{site.base_url}{LANG_ROOTS[lang]}tools/{tool_id}/")
    # Every module on the page, not the first one: the share panel starts too.
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-module]')].every((m) => m.dataset.started === 'true')"
    )


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("tool_id", TOOLS)
def test_nothing_moves_while_answering(browser, site, tool_id, lang):
    """Leaving a field saves it and updates the status: no control may move
    (a click aimed at the next box must land on it)."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    open_tool(page, site, tool_id, lang)
    page.evaluate(WATCH_SHIFTS)
    page.wait_for_timeout(300)
    page.evaluate("() => { window.__shifts = []; }")  # only what answering causes
    form = page.locator("form").first
    checks = form.locator("input[type=checkbox], input[type=radio]")
    texts = form.locator("input[type=text]:visible, textarea:visible")
    for index in range(min(3, texts.count())):
        field = texts.nth(index)
        field.scroll_into_view_if_needed()
        next_box = checks.first.bounding_box() if checks.count() else None
        field.fill(f"vastaus {index}")
        page.keyboard.press("Tab")  # leaving the field saves it
        page.wait_for_timeout(150)
        if next_box:
            assert checks.first.bounding_box()["y"] == pytest.approx(next_box["y"], abs=0.5), "a control moved"
    for index in range(min(3, checks.count())):
        checks.nth(index).scroll_into_view_if_needed()
        checks.nth(index).check()
        page.wait_for_timeout(150)
    shifts = page.evaluate("() => window.__shifts")
    assert sum(s["value"] for s in shifts) == 0, f"layout shifted while answering: {shifts}"
    page.close()


def ax_controls(page):
    """(role, name, names of the groups it is in) of every form control, from Chromium's accessibility tree."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    by_id = {node["nodeId"]: node for node in nodes}
    parent = {child: node["nodeId"] for node in nodes for child in node.get("childIds", [])}

    def value(node, key):
        return (node.get(key) or {}).get("value", "")

    found = []
    for node in nodes:
        role = value(node, "role")
        if role not in CONTROL_ROLES or node.get("ignored"):
            continue
        groups, current, native = [], parent.get(node["nodeId"]), False
        while current is not None:
            ancestor = by_id[current]
            native = native or value(ancestor, "role") in NATIVE_WIDGETS
            if value(ancestor, "role") in ("group", "radiogroup", "region", "form") and value(ancestor, "name"):
                groups.append(value(ancestor, "name"))
            current = parent.get(current)
        if not native:
            found.append((role, value(node, "name"), tuple(groups)))
    return found


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("tool_id", TOOLS)
def test_no_two_controls_share_a_name_in_one_group(browser, site, tool_id, lang):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    open_tool(page, site, tool_id, lang)
    controls = ax_controls(page)
    assert controls, "no form controls found in the accessibility tree"
    assert all(name.strip() for _, name, _ in controls), [c for c in controls if not c[1].strip()]
    seen, repeated = set(), []
    for control in controls:
        if control in seen:
            repeated.append(control)
        seen.add(control)
    assert not repeated, f"controls a screen reader cannot tell apart: {repeated[:5]}"
    page.close()


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("tool_id", TOOLS)
def test_labels_and_values_read_cleanly_with_answers(browser, site, tool_id, lang):
    """Every text a tool shows once it has answers (results, recommendations,
    progress, rows, saved state) has a space after a label's colon and no
    doubled punctuation where a label meets its value."""
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    open_tool(page, site, tool_id, lang)
    root = page.locator("[data-module]").first
    groups = root.locator("fieldset:has(input[type=radio])")
    for index in range(groups.count()):
        group = groups.nth(index)
        radios = group.locator("input[type=radio]")
        radios.nth(index % max(1, radios.count() - 1)).check()
    for box in root.locator("input[type=checkbox]").all()[:6]:
        box.check()
    texts = root.locator("form input[type=text]:visible, form textarea:visible")
    for index in range(min(4, texts.count())):
        texts.nth(index).fill(f"Vastaus {index}")
    page.keyboard.press("Tab")
    page.wait_for_timeout(200)
    assert_label_meets_value_cleanly(root.inner_text())
    page.close()

"""Every built page of both languages in headless Chromium: accessible,
self-contained (no other host), and free of console errors."""
from __future__ import annotations

import pytest

from macros.checks.accessibility import describe_violations, run_axe

pytestmark = pytest.mark.browser


def test_every_page_is_clean(site, watched_page):
    pages = site.pages()
    assert len(pages) >= 4, pages
    problems = []
    for rel in pages:
        watch = watched_page
        watch.console_errors.clear(), watch.foreign_requests.clear(), watch.failed.clear()
        watch.page.goto(site.base_url + rel, wait_until="networkidle")
        violations = run_axe(watch.page)
        if violations:
            problems.append(f"/{rel}: axe:\n{describe_violations(violations)}")
        if watch.foreign_requests:
            problems.append(f"/{rel}: requests to other hosts: {watch.foreign_requests}")
        if watch.console_errors:
            problems.append(f"/{rel}: console errors: {watch.console_errors}")
        if watch.failed:
            problems.append(f"/{rel}: failed requests: {watch.failed}")
    assert not problems, "\n".join(problems)


def test_every_page_reflows_on_a_phone(site, context):
    """WCAG 1.4.10: at 320 CSS px nothing makes the page scroll sideways
    (wide tables scroll inside their own box, which is allowed)."""
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    too_wide = []
    for rel in site.pages():
        page.goto(site.base_url + rel)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            too_wide.append(f"/{rel}: {overflow}px wider than the screen")
    assert not too_wide, "\n".join(too_wide)


@pytest.mark.parametrize("rel", ["", "sv/rules/goals/", "glossary/", "sv/tools/network-health/"])
def test_phone_layout_has_no_axe_violations(site, context, rel):
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site.base_url + rel, wait_until="networkidle")
    violations = run_axe(page)
    assert not violations, describe_violations(violations)


def test_back_to_top_button_is_accessible_when_shown(site, context):
    """Material shows it after scrolling down and then up a little."""
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 700})
    page.goto(site.base_url + "sv/glossary/", wait_until="networkidle")
    page.mouse.wheel(0, 2500)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -400)
    page.wait_for_selector(".md-top:not([hidden])")
    page.wait_for_timeout(500)  # let the fade-in finish
    violations = run_axe(page)
    assert not violations, describe_violations(violations)


@pytest.mark.parametrize("rel", ["glossary/", "sv/glossary/"])
def test_glossary_fits_a_phone_and_stays_a_table(site, context, rel):
    """At 320 px the term table needs no sideways scrolling, and assistive
    technology still gets a table with rows and cells."""
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site.base_url + rel, wait_until="networkidle")
    box = page.locator(".term-table .md-typeset__scrollwrap")  # Material wraps every table in one
    overflow = box.evaluate("(node) => node.scrollWidth - node.clientWidth")
    assert overflow <= 0, f"/{rel}: the glossary scrolls {overflow}px sideways on a phone"
    snapshot = page.locator(".term-table table").aria_snapshot()
    assert snapshot.startswith("- table"), snapshot[:200]
    assert "- row" in snapshot and "- cell" in snapshot, snapshot[:400]


def test_no_heading_word_is_cut_on_a_phone(site, context):
    """Finnish and Swedish compounds are long: at 320 px every heading word
    must fit on its line instead of being broken in the middle."""
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    cut = []
    for rel in site.pages():
        page.goto(site.base_url + rel)
        cut += [f"/{rel}: {text}" for text in page.evaluate("""() =>
            [...document.querySelectorAll('.md-content h1, .md-content h2, .md-content h3')].filter((h) => {
                h.style.overflowWrap = 'normal';
                h.style.wordBreak = 'normal';
                return h.scrollWidth > h.clientWidth + 1;
            }).map((h) => h.textContent.trim())""")]
    assert not cut, "headings with a word wider than a phone screen:\n" + "\n".join(cut)

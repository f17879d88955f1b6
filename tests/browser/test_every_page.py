"""Every built page of both languages in headless Chromium: accessible,
self-contained (no other host), and free of console errors."""

from __future__ import annotations

import pytest

from macros.tooling.accessibility import describe_violations, run_axe

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


@pytest.mark.parametrize("rel,other", [("glossary/", "sv"), ("sv/glossary/", "fi")])
def test_glossary_term_by_term_at_body_size(site, context, rel, other):
    """Each term is a heading with its own anchor (a link or a search result
    leads to it), the page's own language first and the other language's
    term marked with its lang; the text is as large as the body text."""
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site.base_url + rel, wait_until="networkidle")
    entries = page.evaluate("""() => [...document.querySelectorAll('.md-content .glossary h3')].map((h) => {
        const translation = h.nextElementSibling, explanation = translation.nextElementSibling;
        return {id: h.id, other: translation.querySelector('[lang]')?.lang,
                size: getComputedStyle(explanation).fontSize, text: explanation.textContent.trim()};
    })""")
    body_size = page.evaluate("() => getComputedStyle(document.querySelector('.md-content .md-typeset > p')).fontSize")
    assert len(entries) >= 30, entries
    assert len({e["id"] for e in entries}) == len(entries) and all(e["id"] for e in entries)
    for entry in entries:
        assert entry["other"] == other, f"/{rel}#{entry['id']}: the other language's term is not marked lang={other}"
        assert entry["size"] == body_size and entry["text"], (
            f"/{rel}#{entry['id']}: {entry['size']} text, body {body_size}"
        )


def test_no_heading_word_is_cut_on_a_phone(site, context):
    """Finnish and Swedish compounds are long: at 320 px every heading word
    must fit on its line instead of being broken in the middle."""
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    cut = []
    for rel in site.pages():
        page.goto(site.base_url + rel)
        cut += [
            f"/{rel}: {text}"
            for text in page.evaluate("""() =>
            [...document.querySelectorAll('.md-content h1, .md-content h2, .md-content h3')].filter((h) => {
                h.style.overflowWrap = 'normal';
                h.style.wordBreak = 'normal';
                return h.scrollWidth > h.clientWidth + 1;
            }).map((h) => h.textContent.trim())""")
        ]
    assert not cut, "headings with a word wider than a phone screen:\n" + "\n".join(cut)

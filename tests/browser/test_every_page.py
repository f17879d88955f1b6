"""Every built page of both languages in headless Chromium: accessible,
self-contained (no other host), and free of console errors."""
from __future__ import annotations

import pytest

from .a11y import describe_violations, run_axe

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

"""`make pdf`: the whole guide printed by Chromium into a PDF per language,
beside the site, linked from the home page, the trainers' section and the
document itself; each chapter starts on a new sheet."""

from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from html import unescape

import pytest

from macros.paths import ROOT
from macros.tooling.site_build import build_site
from macros.whole_guide import PAGE, PDF_NAMES
from macros.whole_guide.pdf import page_count

from ..project_copy import copy_project

pytestmark = pytest.mark.browser
PREFIXES = {"fi": "", "sv": "sv/"}


def test_make_pdf_writes_and_links_a_pdf_per_language(tmp_path, monkeypatch, browser):
    project = copy_project(tmp_path / "project")
    site = project / "site"
    monkeypatch.setenv("WHOLE_GUIDE_PDF", "1")
    result = build_site(site, project=project)
    assert result.ok, result.problems()
    # What `make pdf` runs after the build (see the Makefile).
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "whole_guide_pdf.py"), str(site)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    for lang, prefix in PREFIXES.items():
        pdf = site / prefix / PAGE / PDF_NAMES[lang]
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-")
        html = (site / prefix / PAGE / "index.html").read_text(encoding="utf-8")
        chapters = html.count('class="whole-guide-chapter"')
        # The contents need a sheet, and every chapter starts a new one.
        assert page_count(data) >= chapters + 1, (page_count(data), chapters)
        assert f"{page_count(data)} " in run.stdout
        for page in ("", "trainers/", f"{PAGE}/"):
            text = (site / prefix / page / "index.html").read_text(encoding="utf-8")
            links = [unescape(h) for h in re.findall(r'href="([^"]+\.pdf)"', text)]
            assert links, f"/{prefix}{page} does not link to the PDF"
            for href in links:
                assert posixpath.normpath(posixpath.join(prefix + page, href)) == f"{prefix}{PAGE}/{PDF_NAMES[lang]}"


def test_a_plain_build_does_not_link_a_pdf_it_has_not_made(site):
    for prefix in PREFIXES.values():
        for page in ("", "trainers/", f"{PAGE}/"):
            assert ".pdf" not in (site.dir / prefix / page / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", PREFIXES.values())
def test_each_chapter_starts_a_new_sheet(site, browser, prefix):
    page = browser.new_page()
    page.emulate_media(media="print")
    page.goto(f"{site.base_url}{prefix}{PAGE}/")
    breaks = page.eval_on_selector_all(
        ".whole-guide-part, .whole-guide-chapter",
        "nodes => nodes.map(n => [n.className, n.previousElementSibling?.tagName, getComputedStyle(n).breakBefore])",
    )
    page.close()
    assert breaks
    for kind, previous, value in breaks:
        first_of_part = kind == "whole-guide-chapter" and previous == "H2"
        assert value == ("auto" if first_of_part else "page"), (kind, previous, value)

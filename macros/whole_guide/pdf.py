"""The whole guide's PDF per language, printed by the Chromium the tests use
(`make pdf`, scripts/whole_guide_pdf.py; `make bench` measures it).

Nothing outside the repository makes it: the built site is served on
127.0.0.1 and Chromium prints each language's whole-guide page with its
print styles (a new sheet for each chapter), page numbers in the footer, a
tagged PDF with bookmarks from the headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import PAGE, PDF_NAMES

# The PDF's links to the site's other pages (tools, sources) lead to the
# published site, not to the local server that printed it: every relative
# link is made absolute against the page's canonical address.
ABSOLUTE_LINKS = """() => {
  const canonical = document.querySelector('link[rel="canonical"]');
  if (!canonical) return 0;
  let changed = 0;
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href');
    if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
    link.setAttribute('href', new URL(href, canonical.href).href);
    changed += 1;
  }
  return changed;
}"""
FOOTER = (
    '<div style="width:100%;font-size:8pt;text-align:center;font-family:sans-serif">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
)
PAGES_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")


@dataclass
class PdfResult:
    lang: str
    path: Path
    pages: int
    bytes: int


def pdf_path(site_dir: Path, lang: str, lang_prefix: str) -> Path:
    return site_dir / lang_prefix / PAGE / PDF_NAMES[lang]


def page_count(pdf: bytes) -> int:
    """Pages of a PDF, from its page tree's root (the largest /Count of a /Pages node)."""
    counts = [int(a or b) for a, b in PAGES_COUNT.findall(pdf)]
    if not counts:
        raise ValueError("no /Pages node with a /Count in the PDF")
    return max(counts)


def print_whole_guide(browser, base_url: str, site_dir: Path, lang: str, lang_prefix: str) -> PdfResult:
    page = browser.new_page()
    try:
        response = page.goto(f"{base_url}{lang_prefix}{PAGE}/", wait_until="load")
        if not response or not response.ok:
            raise RuntimeError(f"/{lang_prefix}{PAGE}/ did not load (status {response and response.status})")
        if page.locator(".whole-guide-chapter").count() == 0:
            raise RuntimeError(f"/{lang_prefix}{PAGE}/ has no chapters: was the site built from this checkout?")
        page.evaluate(ABSOLUTE_LINKS)
        path = pdf_path(site_dir, lang, lang_prefix)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = page.pdf(
            path=str(path),
            format="A4",
            print_background=True,
            tagged=True,
            outline=True,
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=FOOTER,
            margin={"top": "14mm", "bottom": "18mm", "left": "14mm", "right": "14mm"},
        )
    finally:
        page.close()
    return PdfResult(lang, path, page_count(data), len(data))

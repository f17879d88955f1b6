"""MkDocs hook: the whole guide on one page per language (docs/*/whole-guide.md).

Every page's HTML is ready before any page is put into its template, so
when the whole guide's turn comes its chapters are taken from the built
pages of the same language (macros/whole_guide/)."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]  # loaded by path, like site.py: this checkout's macros
if sys.path[0] != str(_ROOT):
    sys.path.insert(0, str(_ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402

from macros import languages, whole_guide  # noqa: E402
from macros.loading import ui  # noqa: E402
from macros.loading.wording import say  # noqa: E402

GIT_DATE = "git_revision_date_localized_raw_iso_date"  # overrides/partials/source-file.html shows it


TEMPLATE = "whole-guide.html"  # overrides/: main.html with the document's own styles


def on_page_markdown(markdown, page, config, files):
    # Set here, not in the page's front matter: the same Markdown then also
    # builds without our overrides (make bench's plain Material build).
    if whole_guide.is_whole_guide(page.url, languages.lang_prefix(config, languages.page_language(page, config))):
        page.meta["template"] = TEMPLATE
    return markdown


@event_priority(50)  # before site.py lists the page's components and before search reads the page
def on_page_context(context, page, config, nav):
    lang = languages.page_language(page, config)
    prefix = languages.lang_prefix(config, lang)
    if not whole_guide.is_whole_guide(page.url, prefix):
        return context
    parts = whole_guide.parts_from_nav(nav.items, prefix)
    if not parts:
        raise PluginError(
            say(
                f"{page.file.src_path}: navigaatiossa (mkdocs.yml) ei ole yhtään oppaiden tai "
                "pelisääntöjen sivua, joista koko opas koottaisiin",
                f"{page.file.src_path}: navigationen (mkdocs.yml) har inga sidor med guider "
                "eller spelregler att sätta ihop hela guiden av",
            )
        )
    whole_guide.fill_chapters(parts, {p.url: p for p in nav.pages}, page.url)
    pdf = whole_guide.pdf_href(lang, bool(config.extra.get("whole_guide_pdf")))
    page.content = (page.content or "") + whole_guide.render(parts, ui.ui_strings(lang), pdf)
    # The document changed when its latest chapter did.
    chapter_pages = {p.url: p for p in nav.pages}
    dates = [chapter_pages[c.url].meta.get(GIT_DATE) for part in parts for c in part.chapters]
    if dates and all(dates):
        page.meta[GIT_DATE] = max(dates)
    return context

"""`make pdf`: the whole guide as a PDF per language, written beside its
page in the built site (site/whole-guide/…pdf, site/sv/whole-guide/…pdf).

    python scripts/whole_guide_pdf.py [site folder, default site]

The site must have been built with WHOLE_GUIDE_PDF=1 (make pdf does), so
that its pages link to the PDFs. Uses Debian's Chromium, as the tests do.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.languages import LANGUAGES  # noqa: E402
from macros.loading.wording import say  # noqa: E402
from macros.tooling.browser import CHROMIUM_ARGS, chromium_path, install_hint  # noqa: E402
from macros.tooling.site_build import serve  # noqa: E402
from macros.whole_guide import PAGE  # noqa: E402
from macros.whole_guide.pdf import print_whole_guide  # noqa: E402

PREFIXES = {"fi": "", "sv": "sv/"}  # each language's root, as in mkdocs.yml


def main(argv: list[str]) -> int:
    site = Path(argv[0]) if argv else ROOT / "site"
    missing = [
        f"{site}/{PREFIXES[lang]}{PAGE}/index.html"
        for lang in LANGUAGES
        if not (site / PREFIXES[lang] / PAGE / "index.html").is_file()
    ]
    if missing:
        print(
            say(
                f"Rakennettua sivua ei löydy: {', '.join(missing)}. Aja ensin WHOLE_GUIDE_PDF=1 make build.",
                f"Den byggda sidan hittas inte: {', '.join(missing)}. Kör först WHOLE_GUIDE_PDF=1 make build.",
            )
        )
        return 1
    chromium = chromium_path()
    if not chromium:
        print(say(f"Chromiumia ei löydy: {install_hint()}", f"Chromium hittas inte: {install_hint()}"))
        return 2
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, serve(site) as url:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for lang in LANGUAGES:
            result = print_whole_guide(browser, url, site, lang, PREFIXES[lang])
            print(
                say(
                    f"{result.path.relative_to(site.parent) if site.parent in result.path.parents else result.path}: "
                    f"{result.pages} sivua, {result.bytes / 1024:.0f} kt",
                    f"{result.path}: {result.pages} sidor, {result.bytes / 1024:.0f} kB",
                )
            )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

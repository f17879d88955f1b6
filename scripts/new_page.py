"""`make new-page PAGE=guides/my-page FI="Otsikko" SV="Rubrik"`: a new page pair.

Creates docs/fi/<PAGE>.md and docs/sv/<PAGE>.md with front matter and a
first heading, and adds the page to both languages' navigation in
mkdocs.yml, after the last page of the same folder. Nobody needs to edit
mkdocs.yml by hand for a page in an existing section.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.editor_checks.navigation import add_page, check_nav_parity  # noqa: E402
from macros.loading.wording import say  # noqa: E402

TEMPLATE = """---
title: "{title}"
description: "{description}"
---

# {title}

{intro}

## {section} {{#{anchor}}}

{body}
"""
TEXTS = {
    "fi": {
        "description": "KIRJOITA TÄHÄN sivun kuvaus, yksi tai kaksi virkettä (50–200 merkkiä) hakukoneita ja linkkien esikatselua varten.",
        "intro": "KIRJOITA TÄHÄN johdanto.",
        "section": "Ensimmäinen väliotsikko",
        "body": "KIRJOITA TÄHÄN tekstiä.",
    },
    "sv": {
        "description": "SKRIV HÄR en beskrivning av sidan, en eller två meningar (50–200 tecken) för sökmotorer och förhandsvisningar.",
        "intro": "SKRIV HÄR en inledning.",
        "section": "Första mellanrubriken",
        "body": "SKRIV HÄR text.",
    },
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=say("Uusi sivupari", "Ett nytt sidpar"))
    parser.add_argument(
        "page", help=say("polku ilman .md-päätettä, esim. guides/my-page", "sökväg utan .md, t.ex. guides/my-page")
    )
    parser.add_argument("--fi", required=True, help=say("suomenkielinen otsikko", "finsk rubrik"))
    parser.add_argument("--sv", required=True, help=say("ruotsinkielinen otsikko", "svensk rubrik"))
    args = parser.parse_args(argv)
    rel = args.page.strip("/").removesuffix(".md") + ".md"
    if not re.fullmatch(r"[a-z0-9-]+(/[a-z0-9-]+)*\.md", rel):
        print(
            say(
                f"polussa saa olla vain pieniä kirjaimia a–z, numeroita, väliviivoja ja kauttaviivoja: {rel}",
                f"sökvägen får bara ha små bokstäver a–z, siffror, bindestreck och snedstreck: {rel}",
            )
        )
        return 1
    targets = {lang: ROOT / "docs" / lang / rel for lang in ("fi", "sv")}
    existing = [str(path.relative_to(ROOT)) for path in targets.values() if path.exists()]
    if existing:
        print(say(f"sivu on jo olemassa: {', '.join(existing)}", f"sidan finns redan: {', '.join(existing)}"))
        return 1
    try:
        add_page(rel)
    except ValueError as error:
        print(error)
        return 1
    anchor = "first-section"
    for lang, path in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        title = getattr(args, lang).replace('"', "'")
        path.write_text(TEMPLATE.format(title=title, anchor=anchor, **TEXTS[lang]), encoding="utf-8")
        print(say("luotu", "skapad") + f": {path.relative_to(ROOT)}")
    print(say("lisätty valikkoon molemmille kielille", "tillagd i menyn på båda språken") + ": mkdocs.yml")
    for problem in check_nav_parity():
        print(problem)
    print(
        say(
            "Seuraavaksi: kirjoita sisältö, aja make check ja make links",
            "Sedan: skriv innehållet, kör make check och make links",
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

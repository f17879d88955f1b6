"""`make check`: every content problem at once, in plain words, before a pull request.

Checks the page pairs, front matter, headings and anchors, the own-words rule
against the source texts, then builds the site strictly (links, anchors,
self-assessment data, macros). Prints one line per problem with the file and
line, and exits with 1 if there was any. The browser tests are in `make test`.
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.checks import content as checks  # noqa: E402
from macros.checks.navigation import check_nav_parity  # noqa: E402
from macros.checks.site_build import build_site  # noqa: E402

DOCS, DATA = ROOT / "docs", ROOT / "data"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def page_problems() -> list[str]:
    problems = checks.check_pairs_exist(DOCS)
    problems += check_nav_parity(ROOT / "mkdocs.yml")
    shared = checks.relative_pages(DOCS, "fi") & checks.relative_pages(DOCS, "sv")
    for rel in sorted(shared):
        problems += checks.check_pair_structure(DOCS, rel)
    sources = checks.source_runs(SEEDS)
    for lang, rel in checks.all_pages(DOCS):
        path = DOCS / lang / rel
        problems += checks.check_page(path)
        problems += checks.check_stated_counts(path, DATA)
        problems += checks.check_own_words(path, sources)
    for path in sorted(DATA.rglob("*.yml")):
        problems += checks.check_own_words(path, sources)
    return [str(p) for p in problems]


# MkDocs' own messages, said in plain Finnish and Swedish.
TRANSLATIONS = [
    (re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but the target '[^']+' is not found among documentation files\."),
     r"docs/\1: linkki '\2' osoittaa sivuun, jota ei ole / länken '\2' pekar på en sida som inte finns"),
    (re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but the doc '([^']+)' does not contain an anchor '([^']+)'\."),
     r"docs/\1: linkin '\2' kohtaa \4 ei ole sivulla docs/\3 / länkens ställe \4 finns inte på sidan docs/\3"),
    (re.compile(r"Doc file '([^']+)' contains an absolute link '([^']+)'.*"),
     r"docs/\1: käytä suhteellista linkkiä .md-tiedostoon, ei osoitetta '\2' / använd en relativ länk till en .md-fil, inte adressen '\2'"),
]
NOT_IN_NAV = "are not included in the \"nav\" configuration"


def plain_words(message: str) -> str:
    for pattern, replacement in TRANSLATIONS:
        if pattern.fullmatch(message):
            return pattern.sub(replacement, message)
    return message


def build_problems() -> list[str]:
    """Warnings and errors of a strict build, without MkDocs' own noise."""
    with tempfile.TemporaryDirectory(prefix="check-site-") as out:
        result = build_site(Path(out), project=ROOT)
    if result.ok:
        return []
    lines = result.output.splitlines()
    found, listing_nav = [], False
    for line in lines:
        text = line.strip()
        if listing_nav and text.startswith("- "):
            found.append(f"docs/{text[2:]}: sivu puuttuu valikosta (nav, mkdocs.yml) / sidan saknas i menyn (nav, mkdocs.yml)")
            continue
        listing_nav = False
        for prefix in ("WARNING", "ERROR"):
            if text.startswith(prefix):
                text = text[len(prefix):].lstrip(" -")
                if NOT_IN_NAV in text:
                    listing_nav = True
                elif text and not text.startswith(("Error reading page", "Aborted with", "Error building page")):
                    found.append(plain_words(text))
    return found or [f"sivusto ei rakentunut / webbplatsen byggdes inte:\n{lines[-1] if lines else ''}"]


def main() -> int:
    print("Tarkistetaan sivut / Kontrollerar sidorna ...")
    problems = page_problems()
    print("Rakennetaan sivusto / Bygger webbplatsen ...")
    problems += [p for p in build_problems() if p not in problems]
    for problem in problems:
        print(f"  - {problem}")
    if problems:
        print(f"{len(problems)} ongelma(a) / problem. Korjaa ja aja uudelleen / Rätta och kör igen: make check")
        sys.stdout.flush()
        return 1
    print("Kaikki kunnossa / Allt är i sin ordning.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

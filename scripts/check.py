"""`make check`: every content problem at once, in plain words, before a pull request.

Checks the page pairs (headings, anchors, links, admonitions, tables, macro
calls), front matter, headings, images' alt texts, the own-words rule against
the source texts, a source line or own-advice marker on every guide and rule
section and the navigation of both languages; builds the site
strictly (links, anchors, macros) after reading every data file on its own
(every problem of each); then checks the built site: every address in
links.txt, the W3C HTML checker and axe-core (WCAG 2.2 A/AA) on every page of
both languages. Prints one line per problem with the file and line, in Finnish,
or in Swedish when LANG starts with "sv" (LANG=sv_FI.UTF-8 make check), and
exits with 1 if there was any. The browser tests are in `make test`.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.editor_checks import content as checks  # noqa: E402
from macros.editor_checks.link_inventory import current_addresses, read_inventory, unresolved  # noqa: E402
from macros.editor_checks.navigation import check_nav_parity  # noqa: E402
from macros.editor_checks.source_lines import source_line_problems  # noqa: E402
from macros.editor_checks.terms import check_terms  # noqa: E402
from macros.languages import LANG_ROOTS, language_of_path  # noqa: E402
from macros.loading.wording import say  # noqa: E402
from macros.tooling import html_checker  # noqa: E402
from macros.tooling.accessibility import run_axe  # noqa: E402
from macros.tooling.browser import (  # noqa: E402
    CHROMIUM_ARGS,
    chromium_path,
    install_hint,
)
from macros.tooling.site_build import build_site, serve  # noqa: E402
from macros.validation.data import data_problems  # noqa: E402

DOCS, DATA = ROOT / "docs", ROOT / "data"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def page_problems() -> list[str]:
    problems = checks.check_pairs_exist(DOCS)
    problems += check_nav_parity(ROOT / "mkdocs.yml")
    shared = checks.relative_pages(DOCS, "fi") & checks.relative_pages(DOCS, "sv")
    for rel in sorted(shared):
        problems += checks.check_pair_structure(DOCS, rel)
    sources = checks.source_runs(SEEDS)
    near = checks.source_stem_runs(SEEDS)
    sentences = checks.source_sentences(SEEDS)
    for lang, rel in checks.all_pages(DOCS):
        path = DOCS / lang / rel
        problems += checks.check_page(path)
        problems += checks.check_stated_counts(path, DATA)
        problems += checks.check_own_words(path, sources) or checks.check_near_copies(path, near)
        problems += checks.check_reworded(path, sentences)
        if lang == "sv":
            problems += check_terms(path)
    problems += source_line_problems(DOCS)
    for path in sorted(DATA.rglob("*.yml")):
        problems += checks.check_own_words(path, sources) or checks.check_near_copies(path, near)
        problems += checks.check_reworded(path, sentences)
        problems += check_terms(path)
    return [str(p) for p in problems]


# MkDocs' own messages, said in plain Finnish and Swedish (pattern, fi, sv).
TRANSLATIONS = [
    (
        re.compile(
            r"Doc file '([^']+)' contains a link '([^']+)', but the target '[^']+' is not found among documentation files\."
        ),
        r"docs/\1: linkki '\2' osoittaa sivuun, jota ei ole",
        r"docs/\1: länken '\2' pekar på en sida som inte finns",
    ),
    (
        re.compile(
            r"Doc file '([^']+)' contains a link '([^']+)', but the doc '([^']+)' does not contain an anchor '([^']+)'\."
        ),
        r"docs/\1: linkin '\2' kohtaa \4 ei ole sivulla docs/\3",
        r"docs/\1: länkens ställe \4 finns inte på sidan docs/\3",
    ),
    (
        re.compile(r"Doc file '([^']+)' contains an absolute link '([^']+)'.*"),
        r"docs/\1: käytä suhteellista linkkiä .md-tiedostoon, ei osoitetta '\2'",
        r"docs/\1: använd en relativ länk till en .md-fil, inte adressen '\2'",
    ),
]
# mkdocs-macros reports a failing macro as Markdown; our errors' own line in it.
MACRO_ERROR = re.compile(r"^_(?:DataError|DataErrors|MissingText)_: (.*)$")
NOT_IN_NAV = 'are not included in the "nav" configuration'


def plain_words(message: str) -> str:
    for pattern, fi, sv in TRANSLATIONS:
        if pattern.fullmatch(message):
            return pattern.sub(say(fi, sv), message)
    return message


def build_problems(out: Path) -> list[str]:
    """Warnings and errors of a strict build into `out`, without MkDocs' own noise."""
    result = build_site(out, project=ROOT)
    if result.ok:
        return []
    lines = result.output.splitlines()
    found, listing_nav = [], False
    for line in lines:
        text = line.strip()
        if listing_nav and text.startswith("- "):
            found.append(
                say(
                    f"docs/{text[2:]}: sivu puuttuu valikosta (nav, mkdocs.yml)",
                    f"docs/{text[2:]}: sidan saknas i menyn (nav, mkdocs.yml)",
                )
            )
            continue
        listing_nav = False
        if macro_error := MACRO_ERROR.match(text):
            found.append(macro_error.group(1))
            continue
        for prefix in ("WARNING", "ERROR"):
            if text.startswith(prefix):
                text = text[len(prefix) :].lstrip(" -")
                if NOT_IN_NAV in text:
                    listing_nav = True
                elif text and not text.startswith(
                    (
                        "Error reading page",
                        "Aborted with",
                        "Error building page",
                        "[macros] - ERROR # _Macro Rendering Error_",
                    )
                ):
                    found.append(plain_words(text))
    return found or [say("sivusto ei rakentunut", "webbplatsen byggdes inte") + f":\n{lines[-1] if lines else ''}"]


def page_of(rel: str) -> str:
    """Built page 'sv/rules/goals/' -> its source 'docs/sv/rules/goals.md'."""
    lang = language_of_path(rel)
    path = rel[len(LANG_ROOTS[lang]) :]
    if not path:
        return f"docs/{lang}/index.md"
    candidate = DOCS / lang / (path.rstrip("/") + ".md")
    return str(candidate.relative_to(ROOT)) if candidate.is_file() else f"docs/{lang}/{path.rstrip('/')}/index.md"


def built_pages(out: Path) -> list[str]:
    pages = []
    for html in sorted(out.rglob("index.html")):
        if 'name="redirect-to"' in html.read_text(encoding="utf-8"):
            continue
        rel = html.parent.relative_to(out).as_posix()
        pages.append("" if rel == "." else rel + "/")
    return pages


def link_problems(out: Path) -> list[str]:
    problems = unresolved(out, read_inventory())
    new = [a for a in current_addresses() if a not in read_inventory()]
    if new:
        problems.append(
            say(
                f"links.txt: {len(new)} uutta osoitetta puuttuu luettelosta, esimerkiksi {new[0]}: aja make links",
                f"links.txt: {len(new)} nya adresser saknas i förteckningen, till exempel {new[0]}: kör make links",
            )
        )
    return problems


def html_problems(out: Path) -> list[str]:
    missing = html_checker.missing()
    if missing:
        return [say(f"HTML-tarkistinta ei voitu ajaa: {missing}", f"HTML-kontrollen kunde inte köras: {missing}")]
    found = []
    for line in html_checker.html_errors(out):
        match = re.match(r'"?(?:file:)?([^":]+)"?:(\d+)[.\d-]*: (?:error: )?(.*)', line)
        if not match:
            found.append(line)
            continue
        rel = Path(match.group(1)).parent.relative_to(out).as_posix()
        rel = "" if rel == "." else rel + "/"
        found.append(
            say(
                f"{page_of(rel)} (/{rel}, HTML rivi {match.group(2)}): HTML-virhe: {match.group(3)}",
                f"{page_of(rel)} (/{rel}, HTML rad {match.group(2)}): HTML-fel: {match.group(3)}",
            )
        )
    return found


def accessibility_problems(out: Path) -> list[str]:
    """axe-core (WCAG 2.2 A/AA) on every built page, in Debian's Chromium."""
    path = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return [
            say(
                "saavutettavuustarkistusta ei voitu ajaa: make install",
                "tillgänglighetskontrollen kunde inte köras: make install",
            )
        ]
    if not path:
        return [
            say(
                f"saavutettavuustarkistusta ei voitu ajaa: {install_hint()}",
                f"tillgänglighetskontrollen kunde inte köras: {install_hint()}",
            )
        ]
    found = []
    with serve(out) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page()
        for rel in built_pages(out):
            page.goto(url + rel)
            for violation in run_axe(page):
                targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
                what = f"{violation['id']}: {violation['help']} ({targets})"
                found.append(
                    say(
                        f"{page_of(rel)} (/{rel}): saavutettavuus: {what}",
                        f"{page_of(rel)} (/{rel}): tillgänglighet: {what}",
                    )
                )
        browser.close()
    return found


def main() -> int:
    print(say("Tarkistetaan sivut ja data-tiedostot ...", "Kontrollerar sidorna och datafilerna ..."))
    problems = page_problems()
    data = [str(problem) for error in data_problems() for problem in error.errors]
    problems += data
    if data:
        # The build stops before its first page on a data problem: nothing more to learn from it.
        print(
            say(
                "Sivustoa ei rakenneta, ennen kuin data-tiedostot ovat kunnossa.",
                "Webbplatsen byggs inte förrän datafilerna är i ordning.",
            )
        )
    else:
        print(say("Rakennetaan sivusto ...", "Bygger webbplatsen ..."))
        with tempfile.TemporaryDirectory(prefix="check-site-") as folder:
            out = Path(folder)
            build = build_problems(out)
            problems += [p for p in build if p not in problems]
            # A build with warnings is still written out: check what was built.
            if (out / "index.html").is_file():
                print(
                    say(
                        "Tarkistetaan linkit, HTML ja saavutettavuus ...",
                        "Kontrollerar länkar, HTML och tillgänglighet ...",
                    )
                )
                problems += link_problems(out) + html_problems(out) + accessibility_problems(out)
    for problem in problems:
        print(f"  - {problem}")
    if problems:
        print(
            say(
                f"{len(problems)} ongelma(a). Korjaa ja aja uudelleen: make check",
                f"{len(problems)} problem. Rätta och kör igen: make check",
            )
        )
        sys.stdout.flush()
        return 1
    print(say("Kaikki kunnossa.", "Allt är i sin ordning."))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every published address: each page and each explicit anchor, both languages.

`make links` writes them to links.txt, which is committed. The tests fail
when an address listed there no longer resolves in the built site (unless
data/redirects.yml sends it on), so a renamed page or anchor never breaks a
link printed on a slide without somebody deciding so.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..components.worksheet.context import part_anchor
from ..components.worksheet.model import load as load_worksheet
from ..languages import LANG_ROOTS, LANGUAGES
from ..links import page_url_of
from ..loading.wording import say
from ..paths import DOCS_DIR, ROOT

INVENTORY = ROOT / "links.txt"
EXPLICIT_ANCHOR = re.compile(r"\{[^}\n]*#([A-Za-z][\w-]*)[^}\n]*\}")
CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]*`", re.S | re.M)
WORKSHEET_CALL = re.compile(r'\{\{\s*worksheet\("([\w-]+)"\)\s*\}\}')
HEADER = (
    "# Every published address, under the site's root. `make links` adds new ones;\n"
    "# old ones stay, and tests/test_link_inventory.py checks they still resolve.\n"
)


def current_addresses(docs_dir: Path = DOCS_DIR) -> list[str]:
    addresses = []
    for lang in LANGUAGES:
        for page in sorted((docs_dir / lang).rglob("*.md")):
            rel = page.relative_to(docs_dir / lang).as_posix()
            url = "/" + LANG_ROOTS[lang] + page_url_of(rel)
            text = page.read_text(encoding="utf-8")
            anchors = EXPLICIT_ANCHOR.findall(CODE.sub("", text))  # examples in code are not anchors
            for worksheet_id in WORKSHEET_CALL.findall(text):
                anchors += [part_anchor(worksheet_id, part.id) for part in load_worksheet(worksheet_id).parts]
            addresses.append(url)
            addresses += [f"{url}#{anchor}" for anchor in dict.fromkeys(anchors)]
    return addresses


def read_inventory(path: Path = INVENTORY) -> list[str]:
    if not path.is_file():
        return []
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def write_inventory(path: Path = INVENTORY) -> list[str]:
    """Adds the addresses that are new; keeps every old one (they must keep working)."""
    known = read_inventory(path)
    added = [address for address in current_addresses() if address not in known]
    path.write_text(HEADER + "".join(f"{address}\n" for address in known + added), encoding="utf-8")
    return added


def unresolved(site_dir: Path, addresses: list[str]) -> list[str]:
    """Why each address that does not resolve in a built site fails, in plain words."""
    problems = []
    for address in addresses:
        path, _, anchor = address.partition("#")
        path = path.lstrip("/")
        page = site_dir / path / "index.html"
        if page.is_file() and 'name="redirect-to"' in page.read_text(encoding="utf-8"):
            target = re.search(r'name="redirect-to" content="([^"]*)"', page.read_text(encoding="utf-8")).group(1)
            target_path, _, target_anchor = target.partition("#")
            page = (site_dir / path / target_path / "index.html").resolve()
            anchor = target_anchor or anchor
        if not page.is_file():
            problems.append(
                address
                + ": "
                + say(
                    f"sivua ei enää ole. Jos sivu siirtyi, lisää tiedostoon data/redirects.yml rivi '{path}: uusi/polku/'",
                    f"sidan finns inte längre. Om sidan flyttade, lägg till raden '{path}: ny/sökväg/' i data/redirects.yml",
                )
            )
        elif anchor and f'id="{anchor}"' not in page.read_text(encoding="utf-8"):
            problems.append(
                address
                + ": "
                + say(
                    f"sivulla ei enää ole kohtaa #{anchor}. Palauta otsikon tunniste {{#{anchor}}} "
                    f'tai lisää sen eteen <span id="{anchor}"></span>',
                    f"sidan saknar stället #{anchor}. "
                    f'Återställ rubrikens id {{#{anchor}}} eller lägg till <span id="{anchor}"></span> före den',
                )
            )
    return problems

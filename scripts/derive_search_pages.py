"""Rewrites the expected pages of every pair in data/search-queries.yml from a
built site (what each pair's `match` finds there), after content changed:

    make build && .venv/bin/python scripts/derive_search_pages.py

tests/test_search_queries.py fails, naming the pairs, when they are out of date."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.tooling.search_recall import derive_pages, load_pairs  # noqa: E402

QUERIES = ROOT / "data" / "search-queries.yml"


def main(site: Path) -> int:
    pairs = iter(load_pairs())
    lines = QUERIES.read_text(encoding="utf-8").split("\n")
    changed = 0
    for index, line in enumerate(lines):
        found = re.match(r"^(\s*)pages:\s*\[.*\]\s*$", line)
        if not found:
            continue
        pair = next(pairs)  # the file lists each pair's pages in order
        new = f"{found.group(1)}pages: {json.dumps(derive_pages(site, pair.lang, pair.match), ensure_ascii=False)}"
        changed += new != line
        lines[index] = new
    QUERIES.write_text("\n".join(lines), encoding="utf-8")
    print(f"{changed} pairs updated in {QUERIES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"))

"""Rewrites the expected pages of every pair in data/search-queries.yml and
data/search-queries-held-out.yml from a built site (what each pair's `match` finds there), after content changed:

    make build && .venv/bin/python scripts/derive_search_pages.py

tests/test_search_queries.py fails, naming the pairs, when they are out of date."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.tooling.search_recall import HELD_OUT_QUERIES, QUERIES, derive_pages, load_pairs  # noqa: E402


def main(site: Path) -> int:
    for queries in (QUERIES, HELD_OUT_QUERIES):
        derive(site, queries)
    return 0


def derive(site: Path, queries: Path) -> None:
    # load_pairs lists Finnish first, as the files do, and each pair once.
    pairs = iter(load_pairs(queries))
    lines = queries.read_text(encoding="utf-8").split("\n")
    changed = 0
    for index, line in enumerate(lines):
        found = re.match(r"^(\s*)pages:\s*\[.*\]\s*$", line)
        if not found:
            continue
        pair = next(pairs)  # the file lists each pair's pages in order
        new = f"{found.group(1)}pages: {json.dumps(derive_pages(site, pair.lang, pair.match), ensure_ascii=False)}"
        changed += new != line
        lines[index] = new
    queries.write_text("\n".join(lines), encoding="utf-8")
    print(f"{changed} pairs updated in {queries.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"))

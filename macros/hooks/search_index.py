"""One search index per language root, so a Swedish page finds Swedish pages only."""

from __future__ import annotations

import json
from pathlib import Path

SEARCH_INDEX = Path("search") / "search_index.json"


def split_search_index(site_dir: Path, languages) -> None:
    """Write one index per language root, with locations relative to that root."""
    index_path = site_dir / SEARCH_INDEX
    if not index_path.is_file():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    prefixes = [(locale, link.strip("/")) for locale, link in languages]
    for locale, prefix in prefixes:
        others = [p for _, p in prefixes if p and p != prefix]
        docs = []
        for doc in index["docs"]:
            location = doc["location"]
            if prefix:
                if not (location == prefix or location.startswith(prefix + "/")):
                    continue
                location = location[len(prefix) + 1 :] if location != prefix else ""
            elif any(location == p or location.startswith(p + "/") for p in others):
                continue
            docs.append({**doc, "location": location})
        out = {**index, "config": {**index["config"], "lang": [locale]}, "docs": docs}
        target = site_dir / prefix / SEARCH_INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")

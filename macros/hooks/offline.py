"""Writes sw.js (the service worker of macros/hooks/service_worker.js) into the
built site, with a version computed from the built files and the list of
assets a tool page needs offline."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

SOURCE = Path(__file__).with_name("service_worker.js")
# What a tool page loads besides itself: Material's bundle and styles, our
# scripts, styles and icon. Not the search index: it is per language and large.
KEEP = ("assets/javascripts/*.js", "assets/javascripts/lib/*.js", "assets/components/*/*.js",
        "assets/components/*/*.css", "assets/stylesheets/*.css", "assets/favicon.svg")


def write_service_worker(site_dir: Path) -> Path:
    assets = sorted({p.relative_to(site_dir).as_posix() for pattern in KEEP for p in site_dir.glob(pattern)})
    digest = hashlib.sha256()
    for path in sorted(site_dir.rglob("*")):
        if path.is_file() and path.name != "sw.js":
            digest.update(path.relative_to(site_dir).as_posix().encode())
            digest.update(path.read_bytes())
    # Addresses relative to sw.js, which sits at the site's root.
    source = SOURCE.read_text(encoding="utf-8")
    out = site_dir / "sw.js"
    out.write_text(source.replace("__VERSION__", digest.hexdigest()[:16])
                   .replace("__PRECACHE__", json.dumps([f"./{a}" for a in assets])), encoding="utf-8")
    return out

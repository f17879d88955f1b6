"""Writes sw.js (the service worker of macros/hooks/service_worker.js) into the
built site, with a version computed from the built files (a new deployment
replaces the old cache on its first load) and the addresses of the
languages' "no network" pages (offline.html under each language root)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import rjsmin

SOURCE = Path(__file__).with_name("service_worker.js")
OFFLINE_PAGE = "offline.html"


def write_service_worker(site_dir: Path) -> Path:
    digest = hashlib.sha256()
    for path in sorted(site_dir.rglob("*")):
        if path.is_file() and path.name != "sw.js":
            digest.update(path.relative_to(site_dir).as_posix().encode())
            digest.update(path.read_bytes())
    offline_pages = sorted(
        (path.relative_to(site_dir).as_posix() for path in site_dir.rglob(OFFLINE_PAGE)),
        key=lambda page: (-page.count("/"), page),
    )
    out = site_dir / "sw.js"
    source = rjsmin.jsmin(SOURCE.read_text(encoding="utf-8"))
    source = source.replace("__VERSION__", digest.hexdigest()[:16])
    out.write_text(source.replace("__OFFLINE_PAGES__", json.dumps(offline_pages)), encoding="utf-8")
    return out

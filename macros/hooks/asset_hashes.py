"""Our own scripts minified, and content hashes in the names of our
scripts, styles and icon.

A built `assets/javascripts/init.js` becomes `init.<hash>.js`, and every
page and script that names it is rewritten to match. A browser may then keep
these files for a year (see deploy/nginx.conf) and a second page costs only
its HTML, while a changed file gets a new name and is fetched at once.

A script's hash covers the hashed names it imports, so a change deep in
`lib/` renames every script that depends on it. Scripts are minified
(comments and spacing go; rjsmin keeps string and template literals as
they are), which saves a quarter of their gzipped size; the sources keep
their comments.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from pathlib import Path

import rjsmin

from ..paths import ROOT

OWN_ASSETS = ROOT / "overrides" / "assets"
HASHED_SUFFIXES = (".js", ".css", ".svg")
# A quoted address of a script or style inside a script: import specifiers,
# importScripts() arguments, new URL("…", import.meta.url).
SCRIPT_REFERENCE = re.compile(r"""(["'`])([^"'`\s$]+\.(?:js|css))\1""")


class AssetCycle(Exception):
    """Scripts import each other in a circle: no order gives stable hashes."""


def own_assets(site_dir: Path, sources: Path = OWN_ASSETS) -> list[str]:
    """Site-relative paths of our scripts and styles in the built site."""
    found = []
    for source in sorted(sources.rglob("*")):
        if source.suffix in HASHED_SUFFIXES and source.is_file():
            rel = "assets/" + source.relative_to(sources).as_posix()
            if (site_dir / rel).is_file():
                found.append(rel)
    return found


def hash_own_assets(site_dir: Path, sources: Path = OWN_ASSETS) -> dict[str, str]:
    """Rename our assets to carry a content hash; returns old -> new site-relative paths."""
    assets = set(own_assets(site_dir, sources))
    renamed: dict[str, str] = {}

    def settle(rel: str, chain: tuple[str, ...]) -> str:
        if rel in renamed:
            return renamed[rel]
        if rel in chain:
            raise AssetCycle(" -> ".join(chain + (rel,)))
        path = site_dir / rel
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".js":
            text = rjsmin.jsmin(_rewrite_script(text, rel, assets, lambda target: settle(target, chain + (rel,))))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        new_rel = posixpath.join(posixpath.dirname(rel), f"{path.stem}.{digest}{path.suffix}")
        (site_dir / new_rel).write_text(text, encoding="utf-8")
        path.unlink()
        renamed[rel] = new_rel
        return new_rel

    for rel in sorted(assets):
        settle(rel, ())
    _rewrite_pages(site_dir, renamed)
    return renamed


def _rewrite_script(text: str, rel: str, assets: set[str], settle) -> str:
    def replace(match: re.Match) -> str:
        quote, spec = match.groups()
        target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), spec))
        if target not in assets:
            return match.group(0)  # Material's own files, or not a file of ours
        new_name = posixpath.basename(settle(target))
        return f"{quote}{posixpath.join(posixpath.dirname(spec), new_name)}{quote}"

    return SCRIPT_REFERENCE.sub(replace, text)


def _rewrite_pages(site_dir: Path, renamed: dict[str, str]) -> None:
    """Pages name assets by relative URLs ("../../assets/…"): match the path's tail."""
    if not renamed:
        return
    pattern = re.compile(
        r"(?<=[\"'/])(" + "|".join(re.escape(old) for old in sorted(renamed, key=len, reverse=True)) + r")(?=[\"'?#])"
    )
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        rewritten = pattern.sub(lambda m: renamed[m.group(1)], html)
        if rewritten != html:
            page.write_text(rewritten, encoding="utf-8")

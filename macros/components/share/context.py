"""The share panel: the page's published address and its QR code."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import segno
from markupsafe import Markup, escape

from ...loading.ui import fill, ui_strings
from ...paths import CACHE_DIR

SCRIPT_STRINGS_PREFIXES = ("share_",)
# Sections whose pages trainers put on slides (paths under the language root).
SHARED_SECTIONS = ("guides/", "rules/", "tools/", "trainers/")
QR_SCALE = 5  # pixels per module: about 200 px, readable from a projected slide
QR_QUIET_ZONE = 4  # modules of white around the code, as the standard asks
QR_ERROR_LEVEL = "m"
# Choosing the best mask makes a code about 4 ms, most of a build's time
# beyond Material's own, and the code for an address never changes: codes
# are kept here between builds (not committed), like Material's social cards.
QR_CACHE = CACHE_DIR / "qr-codes"


def is_shared(page_url: str, lang_prefix: str) -> bool:
    path = page_url[len(lang_prefix) :] if lang_prefix and page_url.startswith(lang_prefix) else page_url
    return path.startswith(SHARED_SECTIONS)


def encode_qr(url: str) -> str:
    """The QR code of `url` as inline SVG, black on white."""
    code = segno.make(url, error=QR_ERROR_LEVEL)
    return code.svg_inline(
        scale=QR_SCALE, border=QR_QUIET_ZONE, dark="#000", light="#fff", svgclass="share__qr-code", omitsize=False
    )


def cached_qr(url: str, cache: Path = QR_CACHE) -> str:
    """encode_qr(url), from the cache when an earlier build made it."""
    settings = f"{segno.__version__}|{QR_ERROR_LEVEL}|{QR_SCALE}|{QR_QUIET_ZONE}|{url}"
    path = cache / (hashlib.sha256(settings.encode("utf-8")).hexdigest() + ".svg")
    try:
        svg = path.read_text(encoding="utf-8")
        if svg.startswith("<svg") and svg.endswith("</svg>"):
            return svg
    except (OSError, UnicodeDecodeError):
        pass  # not made yet, or unreadable: make it anew
    svg = encode_qr(url)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a build running beside this one never reads half a file.
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache, suffix=".tmp", delete=False) as file:
            file.write(svg)
        os.replace(file.name, path)
    except OSError:
        pass  # a read-only checkout builds without the cache
    return svg


def qr_svg(url: str, label: str) -> Markup:
    """The QR code as inline SVG, named for screen readers."""
    # segno writes no role: give the picture one and a name.
    return Markup(cached_qr(url).replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))


def build(url: str, page) -> dict:
    """`url` is the page's published address; `page` has .lang."""
    ui = ui_strings(page.lang)
    strings = {k: v for k, v in ui.items() if k.startswith(SCRIPT_STRINGS_PREFIXES)}
    return {
        "ui": ui,
        "url": url,
        "qr_svg": qr_svg(url, fill(ui["share_qr_label"], url=url)),
        "config": {"strings": strings},
    }

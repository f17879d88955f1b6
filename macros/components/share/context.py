"""The share panel: the page's published address and its QR code, with the
code's modules for the script that offers it as SVG and PNG files."""

from __future__ import annotations

import hashlib
import json
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


def encode_qr(url: str) -> dict:
    """The QR code of `url`: {"svg": inline SVG, black on white, "modules":
    its rows of modules ("1" dark, "0" light) without the quiet zone}."""
    code = segno.make(url, error=QR_ERROR_LEVEL)
    svg = code.svg_inline(
        scale=QR_SCALE, border=QR_QUIET_ZONE, dark="#000", light="#fff", svgclass="share__qr-code", omitsize=False
    )
    return {"svg": svg, "modules": ["".join("1" if dark else "0" for dark in row) for row in code.matrix]}


def _is_code(kept) -> bool:
    return (
        isinstance(kept, dict)
        and isinstance(kept.get("svg"), str)
        and kept["svg"].startswith("<svg")
        and kept["svg"].endswith("</svg>")
        and isinstance(kept.get("modules"), list)
        and all(isinstance(row, str) and set(row) <= {"0", "1"} for row in kept["modules"])
    )


def cached_qr(url: str, cache: Path = QR_CACHE) -> dict:
    """encode_qr(url), from the cache when an earlier build made it."""
    settings = f"{segno.__version__}|{QR_ERROR_LEVEL}|{QR_SCALE}|{QR_QUIET_ZONE}|{url}"
    path = cache / (hashlib.sha256(settings.encode("utf-8")).hexdigest() + ".json")
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if _is_code(kept):
            return kept
    except (OSError, ValueError):
        pass  # not made yet, or unreadable: make it anew
    code = encode_qr(url)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a build running beside this one never reads half a file.
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache, suffix=".tmp", delete=False) as file:
            json.dump(code, file)
        os.replace(file.name, path)
    except OSError:
        pass  # a read-only checkout builds without the cache
    return code


def qr_svg(svg: str, label: str) -> Markup:
    """The QR code's inline SVG, named for screen readers."""
    # segno writes no role: give the picture one and a name.
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))


def short_address(url: str) -> str:
    """The address as printed under a code, for people to type: no https://."""
    return url.split("://", 1)[-1]


def file_base(page_url: str) -> str:
    """The start of a downloaded code's file name, from the page's path:
    "sv/guides/why-networks/" -> "sv-guides-why-networks"."""
    return page_url.strip("/").replace("/", "-") or "home"


def build(url: str, page) -> dict:
    """`url` is the page's published address; `page` has .lang and .url."""
    ui = ui_strings(page.lang)
    strings = {k: v for k, v in ui.items() if k.startswith(SCRIPT_STRINGS_PREFIXES)}
    code = cached_qr(url)
    return {
        "ui": ui,
        "url": url,
        "qr_svg": qr_svg(code["svg"], fill(ui["share_qr_label"], url=url)),
        "config": {
            "strings": strings,
            "qr": {
                "modules": code["modules"],
                "quietZone": QR_QUIET_ZONE,
                "address": short_address(url),
                "file": f"{file_base(page.url)}-qr",
            },
        },
    }

"""The share panel: the page's published address and its QR code."""
from __future__ import annotations

import segno
from markupsafe import Markup, escape

from ...loading.ui import fill, ui_strings

SCRIPT_STRINGS_PREFIXES = ("share_",)
# Sections whose pages trainers put on slides (paths under the language root).
SHARED_SECTIONS = ("guides/", "rules/", "tools/", "trainers/")
QR_SCALE = 5  # pixels per module: about 200 px, readable from a projected slide
QR_QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def is_shared(page_url: str, lang_prefix: str) -> bool:
    path = page_url[len(lang_prefix):] if lang_prefix and page_url.startswith(lang_prefix) else page_url
    return path.startswith(SHARED_SECTIONS)


def qr_svg(url: str, label: str) -> Markup:
    """The QR code as inline SVG, black on white, named for screen readers."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(scale=QR_SCALE, border=QR_QUIET_ZONE, dark="#000", light="#fff",
                          svgclass="share__qr-code", omitsize=False)
    # segno writes no role: give the picture one and a name.
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))


def build(url: str, page) -> dict:
    """`url` is the page's published address; `page` has .lang."""
    ui = ui_strings(page.lang)
    strings = {k: v for k, v in ui.items() if k.startswith(SCRIPT_STRINGS_PREFIXES)}
    return {"ui": ui, "url": url, "qr_svg": qr_svg(url, fill(ui["share_qr_label"], url=url)),
            "config": {"strings": strings}}

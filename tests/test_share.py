"""The share panel: on every guide, rule, tool and trainer page of both
languages, with the page's own address and a QR code that encodes it."""

from __future__ import annotations

import json
import re
from html import unescape

import segno

from macros.components.share.context import QR_QUIET_ZONE, QR_SCALE, SHARED_SECTIONS, cached_qr, encode_qr

from .paths import DOCS


def shared_pages(site):
    for rel in site.pages():
        path = rel[3:] if rel.startswith("sv/") else rel
        if path.startswith(SHARED_SECTIONS):
            yield rel


def test_every_shared_page_has_its_address_and_a_qr_code_of_it(site):
    pages = list(shared_pages(site))
    sources = [p for lang in ("fi", "sv") for section in SHARED_SECTIONS for p in (DOCS / lang / section).rglob("*.md")]
    assert sources and len(pages) == len(sources), (len(pages), len(sources))
    for rel in pages:
        html = (site.dir / rel / "index.html").read_text(encoding="utf-8")
        address = site.base_url + rel
        field = re.search(r'<input type="text" id="share-url" value="([^"]+)"', html)
        assert field and unescape(field.group(1)) == address, rel
        svg = re.search(r"<svg role=\"img\" aria-label=\"([^\"]+)\"[^>]*class=\"share__qr-code\".*?</svg>", html, re.S)
        assert svg, f"{rel}: no named QR code"
        assert address in unescape(svg.group(1))
        expected = segno.make(address, error="m").svg_inline(scale=QR_SCALE, border=QR_QUIET_ZONE)
        drawn = re.search(r'd="([^"]+)"', svg.group(0).split("qrline", 1)[1]).group(1)
        assert drawn in expected, f"{rel}: the QR code does not encode {address}"


def test_pages_outside_the_shared_sections_have_no_panel(site):
    for rel in ("", "sv/", "glossary/", "sv/privacy/"):
        assert "share__qr-code" not in (site.dir / rel / "index.html").read_text(encoding="utf-8")


def test_a_qr_code_is_kept_and_a_damaged_kept_one_is_made_anew(tmp_path):
    url = "https://example.org/sv/rules/trust/"
    made = encode_qr(url)
    assert made["modules"] == ["".join("1" if m else "0" for m in row) for row in segno.make(url, error="m").matrix]
    assert cached_qr(url, tmp_path) == made
    [kept] = tmp_path.glob("*.json")
    assert json.loads(kept.read_text(encoding="utf-8")) == made
    kept.write_text('{"svg": "<svg>half a fi', encoding="utf-8")  # e.g. a build stopped while writing
    assert cached_qr(url, tmp_path) == made
    assert json.loads(kept.read_text(encoding="utf-8")) == made
    assert cached_qr("https://example.org/rules/trust/", tmp_path) != made  # one file per address


def test_a_qr_code_is_made_where_the_cache_cannot_be_written(tmp_path):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    url = "https://example.org/tools/network-health/"
    assert cached_qr(url, blocked) == encode_qr(url)

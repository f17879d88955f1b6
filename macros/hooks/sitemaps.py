"""A sitemap beside every page.

Material fetches "sitemap.xml" relative to each hreflang alternate of a
page; a 404 there is a console error on every page load.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def write_page_sitemaps(site_dir: Path, site_url: str) -> None:
    """Beside each page, a sitemap with that page's own entry and its alternates."""
    root_sitemap = site_dir / "sitemap.xml"
    if not root_sitemap.is_file():
        return
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", "http://www.w3.org/1999/xhtml")
    tree = ET.parse(root_sitemap)
    for url in tree.getroot().findall(f"{{{SITEMAP_NS}}}url"):
        loc = url.findtext(f"{{{SITEMAP_NS}}}loc", "")
        if not loc.startswith(site_url):
            continue
        page_dir = site_dir / loc[len(site_url):]
        if page_dir == site_dir or not page_dir.is_dir():
            continue  # the root sitemap is the one MkDocs wrote
        urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
        urlset.append(url)
        ET.ElementTree(urlset).write(page_dir / "sitemap.xml", encoding="UTF-8", xml_declaration=True)

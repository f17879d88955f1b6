"""The share panel's QR code to take away, in both languages: downloaded as
PNG (at least 1,000 px wide, the short address under it) and as SVG, both
decoding to the page's address as a phone would read them, and the panel
reachable from the top of the page on a phone, by keyboard too."""

from __future__ import annotations

import base64
import io
import re
import xml.etree.ElementTree as ET

import pytest
import segno

from macros.components.share.context import QR_ERROR_LEVEL, file_base, short_address
from macros.loading import ui
from macros.tooling.accessibility import describe_violations, run_axe

pytestmark = pytest.mark.browser

LANGS = ["fi", "sv"]
PAGE = {"fi": "guides/why-networks/", "sv": "sv/guides/why-networks/"}
SVG_NS = "{http://www.w3.org/2000/svg}"


def decode(png: bytes) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pytest.importorskip("PIL.Image")
    return [found.text for found in zxingcpp.read_barcodes(image.open(io.BytesIO(png)))]


def open_panel(browser, site, lang, width=1366):
    context = browser.new_context(locale=f"{lang}-FI", viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(site.base_url + PAGE[lang])
    page.wait_for_selector('.share[data-started="true"]')
    return context, page


def download(page, tmp_path, action):
    with page.expect_download() as info:
        page.click(f'.share [data-share-action="{action}"]')
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


@pytest.mark.parametrize("lang", LANGS)
def test_the_png_decodes_to_the_address_and_is_large_enough(browser, site, lang, tmp_path):
    from PIL import Image

    address = site.base_url + PAGE[lang]
    context, page = open_panel(browser, site, lang)
    path = download(page, tmp_path, "png")
    assert path.name == f"{file_base(PAGE[lang])}-qr.png"
    message = page.locator(".share [data-share-message]")
    assert message.get_attribute("role") == "status"
    assert message.inner_text() == ui.ui_strings(lang)["share_downloaded"].replace("{file}", path.name)
    png = path.read_bytes()
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.width >= 1000, image.size
        assert image.height > image.width, "the address is printed under the code"
    assert decode(png) == [address]
    context.close()


def modules_of(path_data: str, scale: int, offset: int) -> set[tuple[int, int]]:
    """The dark modules an SVG path of 'M{x} {y}h{w}v{s}h-{w}z' runs draws."""
    dark = set()
    for x, y, width in re.findall(r"M(\d+) (\d+)h(\d+)v\d+h-\d+z", path_data):
        left, top = (int(x) - offset) // scale, (int(y) - offset) // scale
        dark |= {(left + i, top) for i in range(int(width) // scale)}
    return dark


@pytest.mark.parametrize("lang", LANGS)
def test_the_svg_is_valid_svg_of_the_same_code(browser, site, lang, tmp_path):
    address = site.base_url + PAGE[lang]
    context, page = open_panel(browser, site, lang)
    path = download(page, tmp_path, "svg")
    assert path.name == f"{file_base(PAGE[lang])}-qr.svg"
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text.encode("utf-8"))  # well-formed XML
    assert root.tag == f"{SVG_NS}svg"
    width, height = int(root.get("width")), int(root.get("height"))
    assert root.get("viewBox") == f"0 0 {width} {height}" and width >= 1000
    assert [t.text for t in root.iter(f"{SVG_NS}text")] and short_address(address).startswith(
        "".join(t.text for t in root.iter(f"{SVG_NS}text"))
    )
    # The same modules as segno's code of the address (the code on the page).
    matrix = segno.make(address, error=QR_ERROR_LEVEL).matrix
    border = (width // (len(matrix) + 8)) * 4
    drawn = modules_of(root.find(f"{SVG_NS}path").get("d"), width // (len(matrix) + 8), border)
    assert drawn == {(x, y) for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark}
    # And Chromium draws it as a code a phone reads.
    page.set_content(
        f'<img alt="" style="display:block" src="data:image/svg+xml;base64,{base64.b64encode(text.encode()).decode()}">'
    )
    page.wait_for_function("() => document.querySelector('img').complete")
    assert decode(page.locator("img").screenshot()) == [address]
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_the_panel_is_reachable_from_the_top_on_a_phone(browser, site, lang):
    context, page = open_panel(browser, site, lang, width=390)
    jump = page.locator("a.share-jump")
    assert jump.inner_text().strip() == ui.ui_strings(lang)["share_jump"]
    box = jump.bounding_box()
    assert box["y"] < 300 and box["height"] >= 24 and box["width"] >= 24, box
    assert page.evaluate("() => document.querySelector('.share-jump').getBoundingClientRect().right") <= 390
    jump.focus()
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "visible focus"
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.hash === '#share'")
    page.wait_for_timeout(200)
    title = page.locator("#share-title").bounding_box()
    assert 0 <= title["y"] < 800, "the panel's title is on screen"
    page.keyboard.press("Tab")
    assert page.evaluate("() => Boolean(document.activeElement.closest('#share'))"), "Tab goes on inside the panel"
    violations = run_axe(page)
    assert not violations, describe_violations(violations)
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_the_table_of_contents_lists_the_panel_and_pages_without_one_have_no_link(browser, site, lang):
    context, page = open_panel(browser, site, lang)
    toc = page.locator('.md-sidebar--secondary a[href="#share"]')
    assert toc.count() == 1 and toc.inner_text().strip() == ui.ui_strings(lang)["share_jump"]
    page.goto(site.base_url + ("sv/" if lang == "sv" else "") + "glossary/")
    assert page.locator(".share-jump, #share").count() == 0
    context.close()

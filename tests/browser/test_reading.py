"""What a reader sees first: headings that read well, a header that fits a phone."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def luminance(rgb: str) -> float:
    parts = [int(x) / 255 for x in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("rel", ["rules/goals/", "sv/guides/why-networks/"])
def test_titles_and_headings_are_solid_and_dark(context, site, rel):
    page = context.new_page()
    page.goto(site.base_url + rel)
    for selector in (".md-typeset h1", ".md-typeset h2"):
        style = page.locator(selector).first.evaluate(
            "e => { const s = getComputedStyle(e); return [s.fontWeight, s.color, getComputedStyle(document.querySelector('.md-content')).backgroundColor || 'rgb(255, 255, 255)']; }"
        )
        weight, color, background = style
        background = background if background.startswith("rgb(") else "rgb(255, 255, 255)"
        assert int(weight) >= 400, (selector, weight)
        assert contrast(color, background) >= 7, (selector, color, background)


@pytest.mark.parametrize("lang_root", ["", "sv/"])
@pytest.mark.parametrize("width", [360, 1280])
def test_the_site_name_fits_the_header(browser, site, lang_root, width):
    page = browser.new_page(viewport={"width": width, "height": 400})
    page.goto(site.base_url + lang_root + "rules/goals/")
    shown = page.locator(
        ".md-header__topic:first-child .site-name--short"
        if width < 720
        else ".md-header__topic:first-child .site-name--long"
    )
    assert shown.is_visible()
    scroll, client = shown.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert scroll <= client, f"the site name is cut at {width} px: {shown.inner_text()!r}"
    switch = page.locator(".lang-switch").bounding_box()
    name = shown.bounding_box()
    assert name["x"] + name["width"] <= switch["x"] + 1, "the name runs under the language switch"
    page.close()

"""The sticky sidebar titles on a laptop: nothing scrolls visibly under them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Where the title paints, as the browser sees it: its box grown by any
# shadow it casts (a translucent shadow lets the items under it show through
# as faint text), whether that paint is opaque, and what is on top at a grid
# of points in that area.
TITLE_AREA = """(wrap) => {
  const title = [...wrap.querySelectorAll('.md-nav__title')].find((t) => t.offsetParent !== null);
  const style = getComputedStyle(title);
  let reach = 0;
  const shadow = style.boxShadow === 'none' ? '' : style.boxShadow.replace(/rgba?\\([^)]*\\)/g, '');
  for (const part of shadow.split(',')) {
    const [x = 0, y = 0, blur = 0, spread = 0] = part.trim().split(/\\s+/).map(parseFloat);
    reach = Math.max(reach, Math.abs(x) + blur + spread, Math.abs(y) + blur + spread);
  }
  const box = title.getBoundingClientRect();
  const clip = wrap.getBoundingClientRect();
  const top = Math.max(box.top - reach, clip.top), bottom = Math.min(box.bottom + reach, clip.bottom);
  const covered = [];
  for (let y = top + 0.5; y < bottom; y += 2) {
    for (const x of [box.left + 4, (box.left + box.right) / 2, box.right - 4]) {
      const hit = document.elementFromPoint(x, y);
      if (hit && !title.contains(hit) && hit.closest('.md-nav__item')) covered.push(`${hit.textContent.trim().slice(0, 30)} at y=${Math.round(y)}`);
    }
  }
  const alpha = (style.backgroundColor.match(/rgba\\([^)]*,\\s*([\\d.]+)\\)/) || [0, '1'])[1];
  return { text: title.textContent.trim().slice(0, 40), covered, opaque: style.backgroundColor !== 'transparent' && Number(alpha) === 1 };
}"""


@pytest.mark.parametrize("lang_root", ["", "sv/"])
@pytest.mark.parametrize(
    "sidebar, rel, height",
    [
        # sections other than the reader's are closed: the rules' page has the longest menu
        ("primary", "rules/trust/", 500),
        # the longest tables of contents scroll only in a low window (a zoomed page)
        ("secondary", "trainers/workshop-half-day/", 400),
    ],
)
def test_no_nav_item_shows_under_the_sticky_title(browser, site, lang_root, sidebar, rel, height):
    page = browser.new_page(viewport={"width": 1280, "height": height})
    page.goto(site.base_url + lang_root + rel)
    wrap = page.locator(f".md-sidebar--{sidebar} .md-sidebar__scrollwrap")
    room = wrap.evaluate("w => w.scrollHeight - w.clientHeight")
    assert room > 20, f"the {sidebar} sidebar of {rel} does not scroll at 1280x{height}: nothing to check"
    for offset in range(0, min(room, 400) + 1, 7):
        wrap.evaluate("(w, y) => { w.scrollTop = y; }", offset)
        found = wrap.evaluate(TITLE_AREA)
        assert found["opaque"], f"the title {found['text']!r} lets the items under it show through"
        assert not found["covered"], (
            f"scrolled by {offset} px, items show under {found['text']!r}: {found['covered'][:3]}"
        )
    page.close()

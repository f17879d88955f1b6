"""What a first-time reader can take in (issue 21, point 7), in both
languages on a 390 px phone and a 1366 px laptop: a short menu with the
reader's own section open, a home page whose first phone screen shows where
a principal, a coordinator and a trainer start, text lines of about 75
characters at most, and a page title of at least 24 px on a phone."""

from __future__ import annotations

import pytest

from macros.tooling.search_recall import LANG_ROOT

pytestmark = pytest.mark.browser

LANGS = ["fi", "sv"]
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}
MOST_ENTRIES = 12
LONGEST_LINE = 75
TITLE_PX = 24

VISIBLE_ENTRIES = """() => [...document.querySelectorAll('.md-sidebar--primary .md-nav__link')]
    .filter((link) => !link.closest('.md-nav--secondary') && !link.matches('.md-nav__container > label'))
    .filter((link) => link.checkVisibility({visibilityProperty: true, opacityProperty: true})
        && link.getBoundingClientRect().height > 0)
    .map((link) => link.textContent.trim())"""


def open_menu(page, viewport):
    if viewport is PHONE:
        page.click("[data-menu-button]")
        page.wait_for_timeout(350)


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_menu_shows_a_dozen_entries_before_a_section_is_opened(browser, site, lang, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(site.base_url + LANG_ROOT[lang])
    open_menu(page, viewport)
    entries = page.evaluate(VISIBLE_ENTRIES)
    page.close()
    assert 5 <= len(entries) <= MOST_ENTRIES, entries


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_reader_s_own_section_is_open_and_the_others_closed(browser, site, lang, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}rules/trust/")
    open_menu(page, viewport)
    sections = page.eval_on_selector_all(
        ".md-nav--primary > .md-nav__list > .md-nav__item--nested",
        """items => items.map((item) => ({
            open: item.querySelector(':scope > .md-nav__toggle').checked,
            active: item.classList.contains('md-nav__item--active'),
            shown: [...item.querySelectorAll(':scope > nav .md-nav__link')].filter((link) =>
                link.checkVisibility({visibilityProperty: true, opacityProperty: true})
                && link.getBoundingClientRect().height > 0).length,
        }))""",
    )
    here = page.locator(".md-sidebar--primary a.md-nav__link--active").first
    here_seen = here.evaluate(
        "(link) => link.checkVisibility({visibilityProperty: true}) && link.getBoundingClientRect().height > 0"
    )
    page.close()
    assert [section["active"] for section in sections].count(True) == 1, sections
    for section in sections:
        if section["active"]:
            assert section["open"] and section["shown"] >= 10, section  # the ten rules
        else:
            assert not section["open"] and section["shown"] == 0, section
    assert here_seen, "the reader's page is shown in the menu"


@pytest.mark.parametrize("lang", LANGS)
def test_the_menu_opens_a_section_by_keyboard(browser, site, lang):
    page = browser.new_page(viewport=LAPTOP)
    page.goto(site.base_url + LANG_ROOT[lang])
    before = len(page.evaluate(VISIBLE_ENTRIES))
    toggle = page.locator(".md-sidebar--primary .md-nav__item--nested > label.md-nav__link[tabindex='0']").first
    toggle.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(400)
    after = len(page.evaluate(VISIBLE_ENTRIES))
    page.close()
    assert after > before, (before, after)


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_phone_screen_of_home_shows_three_places_to_start(browser, site, lang):
    """Three cards (a principal, a coordinator, a trainer), each with a link
    to a page of the same language, wholly on the first screen."""
    page = browser.new_page(viewport=PHONE)
    page.goto(site.base_url + LANG_ROOT[lang])
    cards = page.eval_on_selector_all(
        ".md-content .grid.cards > ul > li",
        """cards => cards.map((card) => ({
        bottom: card.getBoundingClientRect().bottom,
        role: card.querySelector('strong') ? card.querySelector('strong').textContent : '',
        links: [...card.querySelectorAll('a[href]')].map((a) => a.href),
    }))""",
    )
    height = page.viewport_size["height"]
    statuses = [page.request.get(link).status for card in cards for link in card["links"]]
    page.close()
    assert len(cards) == 3, cards
    for card in cards:
        assert card["role"] and card["links"], card
        assert card["bottom"] <= height, f"{card['role']} is below the first screen ({card['bottom']} > {height})"
        for link in card["links"]:
            assert link.startswith(site.base_url + LANG_ROOT[lang]), link
            assert lang == "sv" or not link.startswith(site.base_url + "sv/"), link
    assert set(statuses) == {200}, statuses


# Every line box of running text, by its words' positions.
LONGEST_LINE_JS = """() => {
  let worst = [0, ''];
  for (const block of document.querySelectorAll('article p, article li, article dd')) {
    if (block.closest('table, nav, form, [data-module], .print-source')) continue;
    const lines = new Map();
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      if (node.parentElement.closest('p, li, dd') !== block) continue;
      // Words, and the parts of a hyphenated word (a line may break after "-").
      for (const match of node.data.matchAll(/(\\s*)([^\\s-]*-?)\\s*/g)) {
        if (!match[0]) continue;
        // The word's own box: a space before it may end the line above.
        const range = document.createRange();
        range.setStart(node, match.index + match[1].length);
        range.setEnd(node, match.index + match[1].length + match[2].length);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const y = Math.round(rect.bottom);
        lines.set(y, (lines.get(y) || '') + match[0]);
      }
    }
    for (const text of lines.values()) {
      const line = text.trim();
      if (line.length > worst[0]) worst = [line.length, line];
    }
  }
  return worst;
}"""


def test_text_lines_are_at_most_about_75_characters_on_a_laptop(browser, site):
    page = browser.new_page(viewport=LAPTOP)
    long = []
    for rel in site.pages():
        page.goto(site.base_url + rel)
        length, line = page.evaluate(LONGEST_LINE_JS)
        if length > LONGEST_LINE:
            long.append(f"/{rel}: {length} characters: {line}")
    page.close()
    assert not long, "\n".join(long)


@pytest.mark.parametrize("rel", ["", "rules/goals/", "sv/", "sv/tools/network-health/", "sv/accessibility/"])
def test_the_page_title_is_at_least_24_px_on_a_phone(browser, site, rel):
    page = browser.new_page(viewport=PHONE)
    page.goto(site.base_url + rel)
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-content h1')).fontSize)")
    page.close()
    assert size >= TITLE_PX, f"/{rel}: the title is {size}px"

"""The menu by keyboard on narrow screens (a phone, or a laptop zoomed in):
every focused element is one the reader can see, the menu button opens and
closes the menu, and focus moves into it and back."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 700}
# Where the focused element is, and what a reader sees at its middle: the
# element itself (or a part of it), not something drawn over it.
FOCUSED = """() => {
  const e = document.activeElement;
  const r = e.getBoundingClientRect();
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  return {
    text: (e.getAttribute('aria-label') || e.textContent || e.tagName).trim().replace(/\\s+/g, ' ').slice(0, 40),
    inView: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    seen: !!hit && (hit === e || e.contains(hit) || hit.contains(e)),
    inMenu: !!e.closest('.md-sidebar--primary'),
  };
}"""


@pytest.fixture
def rule_page(browser, site):
    """open(lang_root, viewport): the first rule's page, closed after the test."""
    pages = []

    def open_page(lang_root: str, viewport: dict = PHONE):
        page = browser.new_page(viewport=viewport)
        pages.append(page)
        page.goto(site.base_url + lang_root + "rules/goals/")
        return page

    yield open_page
    for page in pages:
        page.close()


SEARCHING = "document.getElementById('__search').checked && document.activeElement.matches('.md-search__input')"


def focus_walk(page, steps: int) -> list[dict]:
    walk = []
    for _ in range(steps):
        page.keyboard.press("Tab")
        page.wait_for_timeout(350)  # for the search cover to fade or the menu to slide away
        walk.append(page.evaluate(FOCUSED))
    return walk


def unseen(walk: list[dict]) -> list[str]:
    return [step["text"] for step in walk if not (step["inView"] and step["seen"])]


@pytest.mark.parametrize("lang_root", ["", "sv/"])
def test_a_keyboard_never_focuses_the_closed_menu_on_a_phone(rule_page, lang_root):
    walk = focus_walk(rule_page(lang_root), 15)
    assert not [step["text"] for step in walk if step["inMenu"]], walk
    assert not unseen(walk), walk


@pytest.mark.parametrize("lang_root, name", [("", "Valikko"), ("sv/", "Meny")])
def test_the_menu_button_opens_the_menu_at_the_reader_s_page_and_escape_closes_it(rule_page, lang_root, name):
    page = rule_page(lang_root)
    button = page.get_by_role("button", name=name, exact=True)
    assert button.get_attribute("aria-expanded") == "false"
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)  # the menu slides in
    assert button.get_attribute("aria-expanded") == "true"
    current = page.evaluate(FOCUSED)
    title = page.locator("article h1").inner_text().rstrip("¶").strip()
    assert current["inMenu"] and current["text"] == title, current
    assert current["inView"] and current["seen"], current
    # Every entry of the open menu, the whole list through, is seen when focused.
    walk = focus_walk(page, 30)
    in_menu = [step for step in walk if step["inMenu"]]
    assert len(in_menu) >= 20, walk
    assert not unseen(in_menu), in_menu
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.matches('[data-menu-button]')")
    assert not page.locator(".md-sidebar--primary a[href]").first.is_visible()


def test_a_laptop_shows_the_menu_without_a_button(rule_page):
    page = rule_page("sv/", {"width": 1280, "height": 800})
    assert not page.locator("[data-menu-button]").is_visible()
    assert not page.locator("label[for='__drawer'].md-header__button").is_visible()
    walk = focus_walk(page, 12)
    assert [step for step in walk if step["inMenu"]], walk
    assert not unseen(walk), walk


@pytest.mark.parametrize("lang_root, query", [("", "luottamus"), ("sv/", "förtroende")])
def test_search_results_by_keyboard_and_no_hidden_stop_after_search(rule_page, lang_root, query):
    page = rule_page(lang_root)
    page.locator(".md-search__input").focus()  # as Tab reaches it; on a phone it is under the header until then
    page.wait_for_function(SEARCHING)  # Material has opened search
    page.keyboard.type(query, delay=20)  # Material searches on key events
    page.wait_for_selector(".md-search-result__item")
    page.wait_for_function(SEARCHING)
    page.keyboard.press("ArrowDown")  # Material moves through the results with the arrow keys
    step = page.evaluate(FOCUSED)
    assert page.evaluate("!!document.activeElement.closest('.md-search-result__item')"), step
    assert step["inView"] and step["seen"], step
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Tab")  # Material closes search; the page goes on, nothing hidden between
    page.wait_for_timeout(350)
    assert not page.evaluate("document.getElementById('__search').checked")
    step = page.evaluate(FOCUSED)
    assert not page.evaluate("!!document.activeElement.closest('.md-search')"), step
    assert step["inView"] and step["seen"], step

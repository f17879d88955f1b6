// The header's menu and search for keyboard and screen-reader users on
// narrow screens (phones, and laptops zoomed in).
//
// Menu: Material opens its drawer with a <label> for a hidden checkbox: no
// keyboard reaches it, and the closed drawer's links were still in the tab
// order, focused off-screen (site.css now hides the closed drawer). The
// menu button sets the same checkbox, tells whether the menu is open, moves
// focus into the menu, and Escape closes it again.
//
// Search: focusing the search field opens Material's search, which covers
// the whole page on a phone; tabbing on from it focused links under that
// cover. Search now closes when focus leaves it. Its results area is a
// focus stop of its own (to scroll the results by keyboard); with nothing
// typed it holds no result and, once search has closed, is not even drawn,
// so it is left out of the tab order until there are results to reach.
function setToggle(toggle, on) {
  toggle.checked = on;
  // Material follows the checkbox, as when its label is clicked.
  toggle.dispatchEvent(new Event("change", { bubbles: true }));
}

(() => {
  const search = document.getElementById("__search");
  const field = document.querySelector(".md-search__input");
  const results = document.querySelector(".md-search__output");
  if (!search || !field || !results) return;
  function settle() {
    results.inert = !search.checked || !field.value.trim();
  }
  document.addEventListener("focusin", (event) => {
    if (search.checked && !event.target.closest(".md-search")) setToggle(search, false);
    settle();
  });
  search.addEventListener("change", settle);
  field.addEventListener("input", settle);
  // Material opens search without a change event: settle again before
  // every key, ahead of Material's own handling of Tab and the arrows.
  document.addEventListener("keydown", settle, true);
  settle();
})();

(() => {
  const drawer = document.getElementById("__drawer");
  const button = document.querySelector("[data-menu-button]");
  const label = document.querySelector("[data-menu-label]");
  const menu = document.querySelector(".md-sidebar--primary");
  if (!drawer || !button || !label || !menu) return;

  function showState() {
    button.setAttribute("aria-expanded", String(drawer.checked));
  }

  function setOpen(open) {
    setToggle(drawer, open);
    showState();
  }

  button.addEventListener("click", () => {
    setOpen(!drawer.checked);
    if (!drawer.checked) return;
    // The reader's own page if the menu shows it, else the menu's first entry.
    const shown = [...menu.querySelectorAll("a[href], [tabindex='0']")].filter(
      (element) => element.getClientRects().length && getComputedStyle(element).visibility === "visible",
    );
    const target = shown.find((element) => element.classList.contains("md-nav__link--active")) || shown[0];
    if (target) target.focus();
  });
  // The overlay, the menu's own title and a followed link close it too.
  drawer.addEventListener("change", showState);
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !drawer.checked) return;
    setOpen(false);
    button.focus();
  });

  label.hidden = true;
  button.hidden = false;
  showState();
})();

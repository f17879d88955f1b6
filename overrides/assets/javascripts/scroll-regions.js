// Material wraps wide tables in a box that scrolls sideways. A keyboard user
// can only scroll it if the box can take focus, so a box that actually
// scrolls becomes a focusable, named region (WCAG 2.1.1; axe
// "scrollable-region-focusable"). Boxes that fit get no extra tab stop.
(() => {
  const script = document.currentScript;
  const fallbackLabel = script ? script.getAttribute("data-label") : "";

  function labelFor(box) {
    const table = box.querySelector("table");
    const caption = table?.querySelector("caption");
    if (caption) return caption.textContent.trim();
    // Otherwise the heading of the section the table is in.
    for (
      let node = box.previousElementSibling || box.parentElement;
      node;
      node = node.previousElementSibling || node.parentElement
    ) {
      if (/^H[2-6]$/.test(node.tagName)) return node.textContent.replace(/¶$/, "").trim();
      if (node.classList?.contains("md-content__inner")) break;
    }
    return fallbackLabel;
  }

  function update() {
    const boxes = document.querySelectorAll(".md-typeset__scrollwrap");
    for (let i = 0; i < boxes.length; i++) {
      const box = boxes[i];
      if (box.scrollWidth > box.clientWidth) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", labelFor(box));
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    }
  }

  let pending = null;
  window.addEventListener("resize", () => {
    clearTimeout(pending);
    pending = setTimeout(update, 150);
  });
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(update); // after Material has wrapped the tables
  } else {
    document.addEventListener("DOMContentLoaded", update);
  }
})();

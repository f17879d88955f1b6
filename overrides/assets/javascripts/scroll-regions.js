// Material wraps wide tables in a box that scrolls sideways. A keyboard user
// can only scroll it if the box can take focus, so a box that actually
// scrolls becomes a focusable, named region (WCAG 2.1.1; axe
// "scrollable-region-focusable"). Boxes that fit get no extra tab stop.
(function () {
  var script = document.currentScript;
  var fallbackLabel = script ? script.getAttribute("data-label") : "";

  function labelFor(box) {
    var table = box.querySelector("table");
    var caption = table && table.querySelector("caption");
    if (caption) return caption.textContent.trim();
    // Otherwise the heading of the section the table is in.
    for (var node = box.previousElementSibling || box.parentElement; node; node = node.previousElementSibling || node.parentElement) {
      if (/^H[2-6]$/.test(node.tagName)) return node.textContent.replace(/¶$/, "").trim();
      if (node.classList && node.classList.contains("md-content__inner")) break;
    }
    return fallbackLabel;
  }

  function update() {
    var boxes = document.querySelectorAll(".md-typeset__scrollwrap");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
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

  var pending = null;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(update, 150);
  });
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(update); // after Material has wrapped the tables
  } else {
    document.addEventListener("DOMContentLoaded", update);
  }
})();

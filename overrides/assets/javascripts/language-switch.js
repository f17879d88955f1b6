// The language switch keeps the reader's place: the pages of a pair share
// their anchors, so /sv/rules/goals/#questions leads to /rules/goals/#questions.
// Without a #fragment in the address (or scrolled away from it), the place
// is the section being read:
// the last heading whose top has passed the top of the screen (under the
// sticky header). Material has its own handler for such links, which maps
// the address through the sitemap and drops the fragment with our
// per-language search root; this one runs first (capture phase) and goes
// straight to the pair.
const SECTION_HEADINGS = ".md-content h2[id], .md-content h3[id], .md-content h4[id]";
const PASSED_MARGIN = 12; // px: a heading just scrolled to (its top a little below the header) counts

function sectionInView() {
  const header = document.querySelector(".md-header");
  const top = (header ? header.getBoundingClientRect().bottom : 0) + PASSED_MARGIN;
  let current = "";
  for (const heading of document.querySelectorAll(SECTION_HEADINGS)) {
    if (heading.getBoundingClientRect().top > top) break;
    current = heading.id;
  }
  return current ? `#${encodeURIComponent(current)}` : "";
}

document.addEventListener(
  "click",
  (event) => {
    const link = event.target.closest("a[data-keep-fragment]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    window.location.href = link.href.split("#")[0] + place();
  },
  true,
);

// The address's #fragment while its target is on the screen; once the
// reader has scrolled away from it, the section in view.
function place() {
  const hash = window.location.hash;
  const target = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
  const top = target ? target.getBoundingClientRect().top : -1;
  if (top >= 0 && top < window.innerHeight) return hash;
  return sectionInView() || hash;
}

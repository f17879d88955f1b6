// The language switch keeps the reader's place: the pages of a pair share
// their anchors, so /sv/rules/goals/#questions leads to /rules/goals/#questions.
// Material has its own handler for such links, which maps the address
// through the sitemap and drops the fragment with our per-language search
// root; this one runs first (capture phase) and goes straight to the pair.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-keep-fragment]");
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  event.stopPropagation();
  window.location.href = link.href.split("#")[0] + window.location.hash;
}, true);

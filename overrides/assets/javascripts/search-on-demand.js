// Fetch the search index only when the reader opens search.
//
// Material's bundle requests search/search_index.json (with XMLHttpRequest)
// as soon as a page loads, and its worker then loads Material's search code
// and the stemmers: some 40 KB that a reader who never searches does not
// need. This script runs before the bundle and holds that one request back
// until the reader focuses or opens the search field (mouse, touch or
// keyboard shortcut), or the page was opened from a search result (?h=:
// highlighting needs the index). Every other request passes untouched.
//
// Offline, an index that was never kept cannot load, and Material would
// say "starting search" for ever: the results area says instead that
// search needs the network (data-offline, from data/ui.yml).
(() => {
  const offlineText = document.currentScript?.dataset.offline;
  let released = false;
  const waiting = [];

  function release() {
    if (released) return;
    released = true;
    for (const send of waiting.splice(0)) send();
  }

  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (...args) {
    this.searchIndex = new URL(String(args[1]), location.href).pathname.endsWith("/search/search_index.json");
    return open.apply(this, args);
  };
  function sayNetworkNeeded() {
    const meta = document.querySelector(".md-search-result__meta");
    if (meta && offlineText) meta.textContent = offlineText;
  }

  XMLHttpRequest.prototype.send = function (...args) {
    if (this.searchIndex) {
      this.addEventListener("error", sayNetworkNeeded);
      this.addEventListener("load", () => {
        if (this.status >= 400) sayNetworkNeeded();
      });
    }
    if (!this.searchIndex || released) return send.apply(this, args);
    waiting.push(() => send.apply(this, args));
  };

  if (new URLSearchParams(location.search).get("h")) release();
  document.addEventListener("focusin", (event) => {
    if (event.target.closest?.("form[name=search]")) release();
  });
  document.addEventListener("change", (event) => {
    if (event.target.id === "__search" && event.target.checked) release();
  });
})();

// The search worker the page starts (see "search" in overrides/main.html).
//
// Material starts its worker on every page load, but sends it the first
// message only when the search index has arrived, and search-on-demand.js
// fetches the index only when the reader opens search. So Material's worker
// and our inflection patch (search-stemmed.js) load with that first message:
// a page that is only read downloads none of it.
let started = false;

self.addEventListener("message", function start(event) {
  if (started) return;
  started = true;
  self.removeEventListener("message", start);
  importScripts("search.a7633da7.min.js", "search-stemmed.js"); // Material's file is pinned in pyproject.toml
  // Listeners added while an event is dispatched do not receive it: hand it over.
  self.dispatchEvent(new MessageEvent("message", { data: event.data }));
});

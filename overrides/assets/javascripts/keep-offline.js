// Every page the reader opens stays readable offline (a workshop room with
// weak Wi-Fi): the site's own service worker, at its root (sw.js, from
// macros/hooks/service_worker.js). A page loaded before the worker was in
// control asks it to keep the page and the files it loaded; later pages
// are kept as they load, and ask for each language's "no network" page
// once (not on the first visit, which has its transfer budget).
// On that page (overrides/offline.html), it lists the pages of its
// language kept on this device: every page loads this script, so it is
// kept too.
(() => {
  const script = document.currentScript;
  if ("serviceWorker" in navigator && script) keepPages(script);
  const list = document.querySelector("[data-offline-kept]");
  if (list && "caches" in window) listKeptPages(list);

  function keepPages(script) {
    const worker = new URL("../../sw.js", script.src);
    const offlinePages = script.dataset.offlinePages
      .split(" ")
      .filter(Boolean)
      .map((page) => new URL(page, location.href).href);
    window.addEventListener("load", () => {
      const controlled = Boolean(navigator.serviceWorker.controller);
      navigator.serviceWorker
        .register(worker)
        .then(() => navigator.serviceWorker.ready)
        .then((registration) =>
          registration.active.postMessage(
            controlled
              ? // From the second page on: the offline pages, once (a first visit stays within its budget).
                { missing: offlinePages }
              : {
                  keep: location.href.split("#")[0],
                  assets: performance.getEntriesByType("resource").map((entry) => entry.name.split("#")[0]),
                },
          ),
        )
        .catch(() => {
          /* no offline copy: the page still works online */
        });
    });
  }

  async function listKeptPages(list) {
    const root = new URL(list.dataset.root, location.href).pathname;
    const others = list.dataset.otherRoots
      .split(" ")
      .filter(Boolean)
      .map((home) => new URL(home, location.href).pathname);
    // The Finnish root "/" holds the Swedish "/sv/": a longer root is another language.
    const ours = (path) =>
      path.startsWith(root) && !others.some((other) => other.length > root.length && path.startsWith(other));
    const pages = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        if (url.origin !== location.origin || !url.pathname.endsWith("/") || !ours(url.pathname)) continue;
        const response = await cache.match(request);
        const html = await response.text();
        // The page's own title (its h1), without the site's name that <title> adds.
        const heading = new DOMParser().parseFromString(html, "text/html").querySelector(".md-content h1");
        if (heading) for (const link of heading.querySelectorAll(".headerlink")) link.remove();
        const title = heading?.textContent.trim() || url.pathname;
        pages.push({ href: url.pathname, title });
      }
    }
    const unique = [...new Map(pages.map((page) => [page.href, page])).values()].sort((a, b) =>
      a.href.localeCompare(b.href),
    );
    list.replaceChildren(
      ...unique.map(({ href, title }) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = href;
        link.textContent = title;
        item.append(link);
        return item;
      }),
    );
    list.hidden = unique.length === 0;
    document.querySelector("[data-offline-none]").hidden = unique.length > 0;
  }
})();

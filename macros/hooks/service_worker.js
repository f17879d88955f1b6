// Service worker for workshops with a weak or no network: every page that
// was opened once reloads and keeps working offline, and an address never
// opened gets the language's "no network" page (overrides/offline.html)
// instead of the browser's error. Written into the built site as sw.js by
// macros/hooks/offline.py, which fills in the build's version and the
// offline pages; a new deployment has a new version, and its first load
// replaces the old cache. Nothing else is fetched ahead: the worker keeps
// what the page itself loaded (see "message" below) and, from the
// second page on, the offline pages.
const VERSION = "__VERSION__";
const CACHE = `verkostojohtaminen-${VERSION}`;
// Relative to the site's root, the longest language root first: ["sv/offline.html", "offline.html"].
const OFFLINE_PAGES = __OFFLINE_PAGES__;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("verkostojohtaminen-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page that registered asks for itself and the files it loaded to be
// kept (they were loaded before the worker was in control). They are taken
// from the browser's own cache ("force-cache": what the reader is looking
// at); a plain fetch of the page, which is sent no-cache, downloaded it a
// second time on every first visit. Only what the cache lacks is fetched.
const fromBrowserCache = (url) => new Request(url, { cache: "force-cache" });
const sameOrigin = (url) => typeof url === "string" && new URL(url, self.location.href).origin === self.location.origin;

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (Array.isArray(data.missing)) {
    // Pages to keep unless already kept (the offline pages): fetched once.
    event.waitUntil(
      caches.open(CACHE).then((cache) =>
        Promise.all(
          data.missing.filter(sameOrigin).map((url) =>
            cache
              .match(url)
              .then((kept) => kept || cache.add(url))
              .catch(() => undefined),
          ),
        ),
      ),
    );
    return;
  }
  if (!sameOrigin(data.keep)) return;
  const assets = (Array.isArray(data.assets) ? data.assets : []).filter(sameOrigin);
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all([
        cache.add(fromBrowserCache(data.keep)),
        // One file that cannot be kept must not stop the others.
        ...assets.map((url) => cache.add(fromBrowserCache(url)).catch(() => undefined)),
      ]),
    ),
  );
});

// The "no network" page of the address's language: the first whose root
// starts the address. Never another language's.
async function offlinePage(url) {
  const path = new URL(url).pathname;
  const page = OFFLINE_PAGES.map((name) => new URL(name, self.registration.scope)).find((candidate) =>
    path.startsWith(candidate.pathname.replace(/[^/]*$/, "")),
  );
  return (page && (await caches.match(page.href))) || Response.error();
}

// Pages: the network first, the kept copy when there is no network; each
// address keeps its own copy, so a Swedish page is never served for a
// Finnish address. Assets: the kept copy first.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request, { ignoreSearch: true }).then((kept) => kept || offlinePage(request.url))),
    );
    return;
  }
  event.respondWith(
    caches.match(request).then(
      (kept) =>
        kept ||
        fetch(request).then((response) => {
          if (response.ok && response.type === "basic") {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});

// Service worker for workshops with a weak or no network: a tool page that
// was opened once reloads and keeps working offline. Written into the built
// site as sw.js by macros/hooks/offline.py, which fills in the build's
// version; a new deployment has a new version, and its first load replaces
// the old cache. Nothing is fetched ahead: the worker keeps what the page
// itself loaded (see "message" below), so a first visit costs no more.
const VERSION = "__VERSION__";
const CACHE = `verkostojohtaminen-${VERSION}`;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("verkostojohtaminen-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page that registered asks for itself and the files it loaded to be
// kept (they were loaded before the worker was in control). They come from
// the browser's own cache: hashed files are not fetched again, a page is
// only revalidated.
const sameOrigin = (url) => typeof url === "string" && new URL(url, self.location.href).origin === self.location.origin;

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (!sameOrigin(data.keep)) return;
  const assets = (Array.isArray(data.assets) ? data.assets : []).filter(sameOrigin);
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all([
    cache.add(data.keep),
    // One file that cannot be kept must not stop the others.
    ...assets.map((url) => cache.add(url).catch(() => undefined)),
  ])));
});

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
        .catch(() => caches.match(request).then((kept) => kept || Response.error())),
    );
    return;
  }
  event.respondWith(
    caches.match(request).then((kept) => kept || fetch(request).then((response) => {
      if (response.ok && response.type === "basic") {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    })),
  );
});

// Service worker for workshops with a weak or no network: a tool page that
// was opened once reloads and keeps working offline. Written into the built
// site as sw.js by macros/hooks/offline.py, which fills in the build's
// version and the assets to keep; a new deployment has a new version, and
// its first load replaces the old cache.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `verkostojohtaminen-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("verkostojohtaminen-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page that registered asks for itself to be kept (it was loaded before
// the worker was in control).
self.addEventListener("message", (event) => {
  const url = event.data && event.data.keep;
  if (typeof url === "string" && new URL(url).origin === self.location.origin) {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.add(new Request(url, { cache: "reload" }))));
  }
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

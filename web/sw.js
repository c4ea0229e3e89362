// Keeps the whole game on the device, so after one visit it starts with no network.
// The build writes its version and its file list below (tools/precache.mjs). Each build gets
// its own cache, filled completely before it is used; the page switches to a new build only
// when it is safe (see boot.js), and the old cache is then deleted, so a game is never half
// old and half new.
const BUILD = "development";
const FILES = [];
const CACHE = `see-you-soon-${BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("see-you-soon-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page asks the waiting build to take over while nothing has started yet.
self.addEventListener("message", (event) => {
  if (event.data === "take-over") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The game's page is stored as "./"; a page of its own (print.html) by its address, without
    // its query; everything else by its own address.
    const key = request.mode === "navigate" ? await pageFor(cache, request.url) : request.url;
    const stored = await cache.match(key, { ignoreSearch: request.mode === "navigate" });
    return stored ?? fetch(request);
  })());
});

/** The stored page for a navigation to `address`: that page if it is one of ours, else the game. */
async function pageFor(cache, address) {
  const url = new URL(address);
  url.search = "";
  url.hash = "";
  if (url.pathname.endsWith(".html") && !url.pathname.endsWith("/index.html") && await cache.match(url.href)) return url.href;
  return new URL("./", self.location.href).href;
}

// Keeps the whole game on the device, so after one visit it starts with no network.
// The build writes its version and its file list below (tools/precache.mjs). Each build gets
// its own cache, filled completely before it is used; the page switches to a new build only
// when it is safe (see boot.js), and the old cache is then deleted, so a game is never half
// old and half new.
const BUILD = "development";
const FILES = [];
// A language's own files (its lines, its script's font): stored when a visit first uses them.
const ON_DEMAND = [];
const CACHE = `see-you-soon-${BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // A language this device already used comes along with a new build, so it still plays
    // offline in that language.
    const used = new Set();
    for (const name of await caches.keys()) {
      if (!name.startsWith("see-you-soon-") || name === CACHE) continue;
      const old = await caches.open(name);
      for (const file of ON_DEMAND) {
        if (await old.match(addressOf(file))) used.add(file);
      }
    }
    // Checked with the server, never taken unasked from the browser's cache: a host that lets
    // browsers cache for a while would otherwise hand a new build some of the old one's files
    // (the addresses carry no version). Unchanged files cost a "not modified" each.
    await cache.addAll([...FILES, ...used].map((file) => new Request(file, { cache: "no-cache" })));
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("see-you-soon-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page asks the waiting build to take over while nothing has started yet, and tells the
// worker what it fetched before the worker was there to keep it.
self.addEventListener("message", (event) => {
  if (event.data === "take-over") self.skipWaiting();
  else if (Array.isArray(event.data?.fetched)) event.waitUntil(keepFetchedBefore(event.data.fetched));
});

/**
 * Keeps the language files among `addresses` (on a first visit, the worker arrives after the
 * page fetched its language's lines and font), so that language plays offline too. Fetched
 * again, from the browser's cache as a rule.
 */
async function keepFetchedBefore(addresses) {
  const cache = await caches.open(CACHE);
  for (const address of ON_DEMAND.map(addressOf)) {
    if (!addresses.includes(address) || await cache.match(address)) continue;
    const response = await fetch(address).catch(() => null);
    if (response && keepable(response)) await cache.put(address, response).catch(() => {});
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The game's page is stored as "./"; a page of its own (print.html) by its address, without
    // its query; everything else by its own address.
    const key = request.mode === "navigate" ? await pageFor(cache, request.url) : request.url;
    const stored = await cache.match(key, { ignoreSearch: request.mode === "navigate" });
    if (stored) return stored;
    const response = await fetch(request);
    if (keepable(response) && ON_DEMAND.map(addressOf).includes(request.url)) {
      // Kept alongside, never in the way: on a full device nothing is kept, and the game
      // still gets its file now.
      const keeping = cache.put(request, response.clone()).catch(() => {});
      try {
        event.waitUntil(keeping);
      } catch {
        // Too late to extend the worker's life: the write goes on as long as the worker does.
      }
    }
    return response;
  })());
});

/** A file's full address, as requests and the cache name it. */
function addressOf(file) {
  return new URL(file, self.location.href).href;
}

/**
 * A file worth keeping: the real thing, not a redirect or a page put in its place (a hotel's
 * sign-in page answering every address), which would be served on every visit after.
 */
function keepable(response) {
  return response.ok && !response.redirected && !(response.headers.get("content-type") ?? "").includes("text/html");
}

/** The stored page for a navigation to `address`: that page if it is one of ours, else the game. */
async function pageFor(cache, address) {
  const url = new URL(address);
  url.search = "";
  url.hash = "";
  if (url.pathname.endsWith(".html") && !url.pathname.endsWith("/index.html") && await cache.match(url.href)) return url.href;
  return addressOf("./");
}

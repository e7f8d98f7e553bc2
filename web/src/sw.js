// The site's service worker, written by `pyclient build` next to index.html as pyclient-sw.js
// (after a line naming the build: self.PYCLIENT_BUILD = {version, files}). It keeps every file
// of this build in Cache Storage, so a second visit loads nothing but the page itself from the
// network, and after one visit the site works offline. A new build is a new version: its
// worker caches the new files and removes the old cache.
const { version, files } = self.PYCLIENT_BUILD;
const scope = self.registration.scope;
const PREFIX = `pyclient ${scope} `;
const CACHE = PREFIX + version;
// Pages are asked from the network first (a new build must be seen); when the page that came
// back belongs to another build, this worker's files are stale: it steps aside and updates.
let current = true;

self.addEventListener("install", (event) => {
  // "no-cache": revalidate, so a file of the previous build kept by the HTTP cache is not taken.
  const requests = files.map((file) => new Request(new URL(file, scope), { cache: "no-cache" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
    await Promise.all(old.map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return; // server calls, other origins
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (current) {
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(request))
      .then((hit) => hit || fetch(request)));
  }
});

async function page(request) {
  try {
    const response = await fetch(request);
    const text = response.ok ? await response.clone().text() : "";
    current = !text.includes("data-pyclient-build=") || text.includes(`data-pyclient-build="${version}"`);
    if (!current) self.registration.update();
    return response;
  } catch (err) {
    // Offline: this build's copy of the page (a folder's page is its index.html).
    const url = new URL(request.url);
    url.search = "";
    if (url.pathname.endsWith("/")) url.pathname += "index.html";
    const hit = await (await caches.open(CACHE)).match(url.href);
    if (!hit) throw err;
    current = true;
    return hit;
  }
}

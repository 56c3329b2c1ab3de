// Writes dist/sw.js after the build and the prerender: a small service worker that stores every
// file of the app at the first visit, so the app opens and runs with the network off. Its version
// is a hash of those files, so any deploy makes a new worker; the new one waits until the app asks
// it to take over between patients (src/ui/appUpdate.ts sends SKIP_WAITING).
// Hand-written rather than Workbox: workbox-build's dependencies cannot be locked for `npm ci`
// from this project's registry (rollup's platform packages are missing there).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

async function filesIn(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

const files = (await filesIn(dist))
  .map((file) => relative(dist, file).split(sep).join('/'))
  // The worker itself, the server's headers file, and the build's chunk list and policy (read by
  // the size budget and by deployers, never by the app).
  .filter((file) => file !== 'sw.js' && file !== '_headers' && !file.startsWith('.vite/'))
  .sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(await readFile(join(dist, file)));
const version = hash.digest('hex').slice(0, 12);

const worker = `// Made by scripts/service-worker.mjs at build time.
const cacheName = 'dry-needling-${version}';
const files = ${JSON.stringify(files)};
const url = (file) => new URL(file, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(files.map(url))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('dry-needling-') && key !== cacheName) await caches.delete(key);
      }
      // The first visit is served from the store at once: it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

// A new version waits until the app, between two patients, asks it to take over.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Any address in the app (with ?mode=kiosk or a #fragment) opens the stored page: a language's
  // own page (es.html) if it names one, else index.html.
  const page = new URL(request.url).pathname.split('/').pop();
  const html = page.endsWith('.html') && files.includes(page) ? page : 'index.html';
  const stored = request.mode === 'navigate' ? url(html) : request;
  event.respondWith(
    caches
      .open(cacheName)
      // Vary (a dev server's "Vary: Origin") must not hide a stored file from a module or CSS request.
      .then((cache) => cache.match(stored, { ignoreVary: true }))
      .then((found) => found || fetch(request)),
  );
});
`;
await writeFile(join(dist, 'sw.js'), worker);
console.log(`wrote dist/sw.js: ${files.length} files, version ${version}`);

// Size budgets, measured on the built files in dist/ (run `npm run build` first). Patients load
// this on waiting-room Wi-Fi. What counts is what a server sends, gzipped: the scripts needed to
// show and use the welcome screen, and each screen's code loaded later, against a limit of its own.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const kB = 1000;

/** Limits in kB gzipped. A lazily loaded chunk without a named limit gets the default. */
const limits = {
  firstLoad: 100,
  lazyDefault: 15,
  lazy: {},
  css: 10,
};

const gzipped = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / kB).toFixed(1)} kB`;

/** Every chunk reached from `key` by static imports and by the one dynamic import of the app itself. */
function closure(keys, follow) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of follow(manifest[key])) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
// The entry paints nothing itself: it loads `boot` after the first paint, and the welcome screen
// is usable (Start works) once boot and everything it imports statically have arrived.
const bootKey = manifest[entryKey].dynamicImports?.find((key) => key.includes('boot'));
const firstLoad = closure([entryKey, bootKey].filter(Boolean), (chunk) => chunk.imports ?? []);
const lazy = Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js') && !firstLoad.has(key));

test('the scripts that show and run the welcome screen are at most 100 kB gzipped', () => {
  assert.ok(entryKey && bootKey, 'no entry or boot chunk in the manifest: is dist/ built?');
  const files = [...firstLoad].map((key) => manifest[key].file);
  const bytes = files.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`first load: ${kb(bytes)} gzipped (${files.join(', ')})`);
  assert.ok(bytes <= limits.firstLoad * kB, `first-load JavaScript is ${kb(bytes)}, over ${limits.firstLoad} kB`);
});

test('each screen loaded later stays within its own limit', () => {
  assert.ok(lazy.length > 0, 'no lazily loaded chunk: the results page should be one');
  const over = [];
  for (const key of lazy) {
    const file = manifest[key].file;
    const bytes = gzipped(file);
    const limit = limits.lazy[manifest[key].name] ?? limits.lazyDefault;
    console.log(`later: ${file} ${kb(bytes)} gzipped (limit ${limit} kB)`);
    if (bytes > limit * kB) over.push(`${file} is ${kb(bytes)}, over its ${limit} kB`);
  }
  assert.deepEqual(over, []);
});

test('CSS is at most 10 kB gzipped', () => {
  const files = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*\shref="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]);
  assert.ok(files.length > 0, 'index.html loads no stylesheet: is dist/ built?');
  const bytes = files.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`CSS: ${kb(bytes)} gzipped`);
  assert.ok(bytes <= limits.css * kB, `CSS is ${kb(bytes)}, over the ${limits.css} kB budget`);
});

test('the first screen is in the HTML before any script runs', () => {
  assert.match(html, /<div id="root"><main[^>]*>(<!--[^>]*-->)?<h1[^>]*>Could dry needling help me\?<\/h1>/);
});

test('embed.js, the one line a clinic pastes into its website, is at most 2 kB gzipped', () => {
  // Built on its own (vite.embed.config.ts) at a stable address; it runs on the clinic's page.
  const bytes = gzipSync(readFileSync(new URL('embed.js', dist)), { level: 9 }).length;
  console.log(`embed.js: ${(bytes / 1000).toFixed(2)} kB gzipped`);
  assert.ok(bytes <= 2000, `embed.js is ${(bytes / 1000).toFixed(2)} kB gzipped, over 2 kB`);
});

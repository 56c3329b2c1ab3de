// Size budgets for the first load, measured on the built files in dist/ (run `npm run build` first).
// Patients load this on waiting-room Wi-Fi: everything index.html fetches before the first
// screen works counts, gzipped as a server would send it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const kB = 1000;

function firstLoad(pattern) {
  const files = [...html.matchAll(pattern)].map((match) => match[1]);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length, 0);
  return { files, bytes };
}

test('first-load JavaScript is at most 100 kB gzipped', () => {
  const js = firstLoad(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g);
  assert.ok(js.files.length > 0, 'index.html loads no script: is dist/ built?');
  console.log(`first-load JS: ${(js.bytes / kB).toFixed(1)} kB gzipped (${js.files.join(', ')})`);
  assert.ok(js.bytes <= 100 * kB, `first-load JS is ${(js.bytes / kB).toFixed(1)} kB gzipped, over the 100 kB budget`);
});

test('CSS is at most 10 kB gzipped', () => {
  const css = firstLoad(/<link[^>]*rel="stylesheet"[^>]*\shref="\.?\/?([^"]+\.css)"/g);
  assert.ok(css.files.length > 0, 'index.html loads no stylesheet: is dist/ built?');
  console.log(`CSS: ${(css.bytes / kB).toFixed(1)} kB gzipped`);
  assert.ok(css.bytes <= 10 * kB, `CSS is ${(css.bytes / kB).toFixed(1)} kB gzipped, over the 10 kB budget`);
});

test('the first screen is in the HTML before any script runs', () => {
  assert.match(html, /<div id="root"><main[^>]*><h1[^>]*>Could dry needling help me\?<\/h1>/);
});

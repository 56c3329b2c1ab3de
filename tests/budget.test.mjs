// Size budgets for the first visit, measured on the built files in dist/ (run `npm run build`
// first). Patients load this on waiting-room Wi-Fi: everything fetched before the first screen
// works counts, gzipped as a server would send it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const kB = 1000;

const gzipped = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

function linked(pattern) {
  const files = [...html.matchAll(pattern)].map((match) => match[1]);
  return { files, bytes: files.reduce((sum, file) => sum + gzipped(file), 0) };
}

test('the JavaScript of the first visit is at most 100 kB gzipped', () => {
  // index.html loads a tiny entry, which loads the app right after the first paint: both
  // count. Every script the build ships loads on the first visit, so all of them are summed.
  const files = readdirSync(new URL('assets/', dist)).filter((file) => file.endsWith('.js'));
  assert.ok(files.length > 0, 'dist/assets holds no script: is dist/ built?');
  const bytes = files.reduce((sum, file) => sum + gzipped(`assets/${file}`), 0);
  console.log(`JavaScript: ${(bytes / kB).toFixed(1)} kB gzipped (${files.join(', ')})`);
  assert.ok(bytes <= 100 * kB, `JavaScript is ${(bytes / kB).toFixed(1)} kB gzipped, over the 100 kB budget`);
});

test('CSS is at most 10 kB gzipped', () => {
  const css = linked(/<link[^>]*rel="stylesheet"[^>]*\shref="\.?\/?([^"]+\.css)"/g);
  assert.ok(css.files.length > 0, 'index.html loads no stylesheet: is dist/ built?');
  console.log(`CSS: ${(css.bytes / kB).toFixed(1)} kB gzipped`);
  assert.ok(css.bytes <= 10 * kB, `CSS is ${(css.bytes / kB).toFixed(1)} kB gzipped, over the 10 kB budget`);
});

test('the first screen is in the HTML before any script runs', () => {
  assert.match(html, /<div id="root"><main[^>]*><h1[^>]*>Could dry needling help me\?<\/h1>/);
});

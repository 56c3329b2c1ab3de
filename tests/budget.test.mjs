// Size budgets and the first paint, checked on the built files in dist/ (run `npm run build`
// first). Patients load this on waiting-room Wi-Fi; sizes are gzipped, as a server sends them.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readChunks } from '../scripts/chunks.mjs';
import { compileHint, eagerlyCompiled } from '../scripts/compileHints.mjs';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const { firstLoad, later } = readChunks(fileURLToPath(dist));
const kB = 1000;

/** Limits in kB gzipped. */
const limits = {
  // The entry, the app it starts (src/boot.tsx) and their static imports: the welcome screen
  // shown and usable.
  firstLoad: 100,
  // Each chunk loaded later (a screen after the welcome page, a library only it needs)...
  later: 30,
  // ...unless it has a limit of its own here, under its key in dist/.vite/manifest.json (the
  // source file, such as 'src/ui/ResultsPage.tsx').
  named: {},
  // The stylesheet, inlined into index.html.
  css: 10,
  // The one line a clinic pastes into its website loads this on every page of that site.
  embed: 2,
};

const gzipped = (content) => gzipSync(content, { level: 9 }).length;
const fileSize = (file) => gzipped(readFileSync(new URL(file, dist)));
const kb = (bytes) => `${(bytes / kB).toFixed(1)} kB`;

/** index.html with the <template> of later chunks taken out: what the browser acts on at once. */
const page = html.replace(/<template\b[\s\S]*?<\/template>/gi, '');
const inlineStyles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
  attributes: m[1],
  code: m[2],
}));

test('the scripts that show and run the welcome screen are at most 100 kB gzipped', () => {
  assert.ok(firstLoad.length >= 2, 'the manifest names no entry and app: is dist/ built?');
  const bytes = firstLoad.reduce((sum, { file }) => sum + fileSize(file), 0);
  console.log(`first load: ${kb(bytes)} (${firstLoad.map(({ file }) => `${file} ${kb(fileSize(file))}`).join(', ')})`);
  assert.ok(bytes <= limits.firstLoad * kB, `first-load JavaScript is ${kb(bytes)}, over ${limits.firstLoad} kB`);
});

test('each chunk loaded later stays within its own limit', () => {
  const over = [];
  for (const { key, file } of later) {
    const limit = limits.named[key] ?? limits.later;
    const bytes = fileSize(file);
    console.log(`later: ${file} (${key}) ${kb(bytes)}, limit ${limit} kB`);
    if (bytes > limit * kB) over.push(`${file} (${key}) is ${kb(bytes)}, over its ${limit} kB`);
  }
  if (later.length === 0) console.log('later: none, every script is part of the first load');
  assert.deepEqual(over, []);
  // A limit for a chunk that is gone (renamed or merged) would silently stop applying.
  const keys = new Set(later.map(({ key }) => key));
  assert.deepEqual(
    Object.keys(limits.named).filter((key) => !keys.has(key)),
    [],
    'named limits for chunks the build no longer loads later',
  );
});

test('every chunk loaded later is fetched in the background once the app runs', () => {
  // Either by the loader, with the app, or from the <template> of later chunks once the app runs:
  // no journey then waits for a download, or fails without Wi-Fi.
  const loader = scripts.find(({ attributes }) => !/\bsrc=/i.test(attributes))?.code ?? '';
  const template = /<template id="later-chunks">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
  const modulepreloads = [...template.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g)].map((m) => m[1]);
  const fetched = new Set([...modulepreloads, ...[...loader.matchAll(/"\.\/([^"]+\.js)"/g)].map((m) => m[1])]);
  assert.deepEqual(
    later.filter(({ file }) => !fetched.has(file)).map(({ file, key }) => `${file} (${key})`),
    [],
    'chunks nothing fetches until a screen needs them',
  );
});

test('the code the first taps run is compiled while it loads: those chunks begin with the compile hint, no other does', () => {
  const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
  const named = Object.values(manifest).filter(({ name }) => eagerlyCompiled.includes(name));
  assert.deepEqual(
    named.map(({ name }) => name).sort(),
    [...eagerlyCompiled].sort(),
    'a chunk to compile ahead is gone',
  );
  const firstLoadFiles = new Set(firstLoad.map(({ file }) => file));
  // Compiling a later screen's code ahead would cost the welcome screen time for nothing.
  assert.deepEqual(
    named.filter(({ file }) => !firstLoadFiles.has(file)).map(({ file }) => file),
    [],
  );
  const hinted = [...firstLoad, ...later]
    .map(({ file }) => file)
    .filter((file) => readFileSync(new URL(file, dist), 'utf8').startsWith(`${compileHint}\n`));
  assert.deepEqual(hinted.sort(), named.map(({ file }) => file).sort());
});

test('nothing but the page itself is fetched before the first paint: no stylesheet, script or icon', () => {
  const problems = [
    ...[...page.matchAll(/<link\b[^>]*\brel="?(?:stylesheet|preload|modulepreload|icon)\b[^>]*>/gi)]
      .filter(([tag]) => !/\bhref="data:/.test(tag))
      .map(([tag]) => `${tag}: fetched before the first paint`),
    ...scripts
      .filter(({ attributes }) => /\bsrc=/i.test(attributes))
      .map(({ attributes }) => `<script${attributes}>: fetched before the first paint`),
    ...scripts
      .filter(({ attributes }) => !/\btype="module"/i.test(attributes))
      .map(({ attributes }) => `<script${attributes}>: a classic script holds the parser, and so the first paint`),
    ...inlineStyles
      .filter((css) => /@import/i.test(css))
      .map(() => '@import in the inline style: fetches a stylesheet'),
  ];
  assert.deepEqual(problems, []);
  assert.equal(scripts.length, 1, 'one inline script, the loader that starts the app after the first paint');
  assert.equal(inlineStyles.length, 1, 'the stylesheet is inlined into index.html, once');
});

test('the inline style is at most 10 kB gzipped', () => {
  const bytes = gzipped(inlineStyles.join(''));
  console.log(`CSS: ${kb(bytes)} inlined`);
  assert.ok(bytes <= limits.css * kB, `CSS is ${kb(bytes)}, over the ${limits.css} kB budget`);
});

test('the Content-Security-Policy allows the inline style and script by their hashes, nothing else inline', () => {
  const policy = readFileSync(new URL('.vite/csp.txt', dist), 'utf8').trim();
  const directive = (name) => policy.split(/\s*;\s*/).find((d) => d.startsWith(`${name} `)) ?? '';
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  assert.doesNotMatch(policy, /unsafe-/);
  assert.equal(directive('style-src'), `style-src ${inlineStyles.map(hash).join(' ')}`);
  assert.equal(
    directive('script-src'),
    `script-src 'self' ${scripts
      .filter(({ attributes }) => !/\bsrc=/i.test(attributes))
      .map(({ code }) => hash(code))
      .join(' ')}`,
  );
  // A style="" attribute would need 'unsafe-hashes' or 'unsafe-inline'.
  assert.deepEqual(html.match(/<[^>]*\sstyle=[^>]*>/gi) ?? [], []);
  // Deployers send the files the build writes, never a copy that goes stale (README, Deploying).
  assert.ok(readFileSync(new URL('_headers', dist), 'utf8').includes(`  Content-Security-Policy: ${policy}\n`));
  assert.equal(
    readFileSync(new URL('.vite/csp.nginx', dist), 'utf8'),
    `add_header Content-Security-Policy "${policy}" always;\n`,
  );
});

test('the first screen is in the HTML before any script runs', () => {
  assert.match(html, /<div id="root"><main[^>]*>(?:(?!<\/main>)[\s\S])*?<h1[^>]*>Could dry needling help me\?<\/h1>/);
});

test('embed.js, the one line a clinic pastes into its website, is at most 2 kB gzipped', () => {
  // Built on its own (vite.embed.config.ts) at a stable address; it runs on the clinic's page.
  const bytes = fileSize('embed.js');
  console.log(`embed.js: ${kb(bytes)}`);
  assert.ok(bytes <= limits.embed * kB, `embed.js is ${kb(bytes)}, over ${limits.embed} kB`);
});

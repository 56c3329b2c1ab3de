// The yardstick: the built welcome screen as plain HTML and CSS, with no JavaScript at all.
// Lighthouse runs against it next to the app show what the JavaScript costs the first screen.
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const isLocal = (ref) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref);

/** `./assets/a.css?v=1` -> `assets/a.css`, relative to `fromDir` inside the site root. */
function siteRelative(ref, fromDir) {
  const clean = ref.split(/[?#]/)[0];
  const joined = clean.startsWith('/') ? clean : path.posix.join(fromDir, clean);
  return path.posix.normalize(joined).replace(/^\/+/, '');
}

/** Removes every script and anything that only exists to fetch scripts. */
export function stripScripts(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<link\b[^>]*\brel\s*=\s*["']?modulepreload\b[^>]*>/gi, '')
    .replace(/<link\b(?=[^>]*\bas\s*=\s*["']?script\b)[^>]*>/gi, '')
    .replace(/^[ \t]*\r?\n/gm, '');
}

/** Local files the page still loads after the scripts are gone: stylesheets, icons, images. */
function htmlReferences(html) {
  const refs = [];
  for (const match of html.matchAll(/<(?:link|img|source)\b[^>]*>/gi)) {
    for (const attr of match[0].matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)) refs.push(attr[1]);
  }
  return refs.filter(isLocal);
}

function cssReferences(css) {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)].map((m) => m[1]).filter(isLocal);
}

/**
 * Writes the no-JavaScript copy of distDir/index.html into a new temp directory, with the
 * stylesheets (and whatever they load) it needs. Resolves to { dir, html, files }.
 */
export async function makeStaticCopy(distDir) {
  const source = await readFile(path.join(distDir, 'index.html'), 'utf8');
  if (!/<div id="root">\s*<[a-z]/i.test(source)) {
    throw new Error(
      'dist/index.html has an empty <div id="root">: run `npm run build` (it prerenders the welcome page)',
    );
  }
  const html = stripScripts(source);
  if (/<script\b/i.test(html) || /\.m?js["'?#]/i.test(html)) {
    throw new Error('the static copy still refers to JavaScript');
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-static-'));
  await writeFile(path.join(dir, 'index.html'), html);

  const files = [];
  const queue = htmlReferences(html).map((ref) => siteRelative(ref, '/'));
  const seen = new Set();
  while (queue.length > 0) {
    const rel = queue.shift();
    if (seen.has(rel) || rel === '' || rel.startsWith('..')) continue;
    seen.add(rel);
    const from = path.join(distDir, rel);
    const to = path.join(dir, rel);
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to);
    files.push(rel);
    if (rel.endsWith('.css')) {
      const css = await readFile(from, 'utf8');
      queue.push(...cssReferences(css).map((ref) => siteRelative(ref, path.posix.dirname(`/${rel}`))));
    }
  }
  return { dir, html, files };
}

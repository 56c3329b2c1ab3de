// The yardstick: the built welcome screen as one self-contained HTML file, with its styles
// inline, no script and nothing else to fetch. No page with the same content can paint sooner,
// so Lighthouse runs against it next to the app show what everything else costs the first screen.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Removes every script and anything that only exists to fetch scripts. */
export function stripScripts(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<template\b[\s\S]*?<\/template\s*>/gi, '')
    .replace(/<link\b[^>]*\brel\s*=\s*["']?(?:modulepreload|preload|prefetch)\b[^>]*>/gi, '')
    .replace(/^[ \t]*\r?\n/gm, '');
}

/**
 * Writes the floor page for distDir/index.html into a new temp directory, as its only file.
 * Linked stylesheets are inlined; the icon becomes an empty data: URL, because without any icon
 * link the browser requests /favicon.ico. Resolves to { dir, html }.
 */
export async function makeFloor(distDir) {
  const source = await readFile(path.join(distDir, 'index.html'), 'utf8');
  if (!/<div id="root">\s*<[a-z]/i.test(source)) {
    throw new Error(
      'dist/index.html has an empty <div id="root">: run `npm run build` (it prerenders the welcome page)',
    );
  }
  let html = stripScripts(source);
  for (const [tag, href] of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/gi)) {
    const css = await readFile(path.join(distDir, href.split(/[?#]/)[0]), 'utf8');
    html = html.replace(tag, `<style>${css}</style>`);
  }
  // The install manifest and the home-screen icon are fetched only to install the app: not here.
  html = html.replace(/<link\b[^>]*\brel="(?:manifest|apple-touch-icon)"[^>]*>\s*/gi, '');
  html = html.replace(/<link\b[^>]*\brel="(?:shortcut )?icon"[^>]*>/gi, '<link rel="icon" href="data:,">');
  if (!/<link rel="icon"/.test(html)) html = html.replace('</head>', '<link rel="icon" href="data:,">\n</head>');

  // Anything left that could make a request: a src, or a link's href, that is not a data: URL or a
  // fragment, or a url() in the styles. (A link to the page in another language is only followed.)
  const requests = [
    ...[...html.matchAll(/<(?!a\s)[^>]*\s(?:src|href)\s*=\s*["']?(?!data:|#)([^"'\s>]+)/gi)].map((m) => m[1]),
    ...[...html.matchAll(/url\(\s*["']?(?!data:)([^"')]+)/gi)].map((m) => m[1]),
  ];
  if (requests.length > 0) throw new Error(`the floor page would still request ${requests.join(', ')}`);

  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-floor-'));
  await writeFile(path.join(dir, 'index.html'), html);
  return { dir, html };
}

// Writes the welcome page into dist/index.html after `vite build`, and a copy of that page for
// each other language (dist/es.html), so the first screen is plain HTML in the patient's
// language that paints before any JavaScript runs; boot.tsx then hydrates it. The inline style
// and loader stay byte for byte the same, so the build's CSP hashes hold for every page.
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'vite';

const escape = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Replaces the one match of `pattern` in `html`, taken literally (no `$1`); the template must have it. */
function replaceOnce(html, pattern, replace) {
  const matches = html.match(new RegExp(pattern.source, 'g')) ?? [];
  if (matches.length !== 1)
    throw new Error(`dist/index.html: expected one match of ${pattern}, found ${matches.length}`);
  return html.replace(pattern, typeof replace === 'function' ? replace : () => replace);
}

const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { prerender } = await server.ssrLoadModule('/src/prerender.tsx');
  const dist = new URL('../dist/', import.meta.url);
  const template = await readFile(new URL('index.html', dist), 'utf8');
  for (const { lang, dir, file, content, body } of await prerender()) {
    let html = template;
    html = replaceOnce(html, /<html lang="[^"]*">/, `<html lang="${lang}" dir="${dir}">`);
    html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escape(content.appTitle)}</title>`);
    html = replaceOnce(
      html,
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escape(content.page.description)}" />`,
    );
    html = replaceOnce(
      html,
      /(<p id="load-failed"[^>]*>)[^<]*(<\/p>)/,
      (_, open, close) => `${open}${escape(content.page.loadFailed)}${close}`,
    );
    html = replaceOnce(html, /<noscript>[^<]*<\/noscript>/, `<noscript>${escape(content.page.noScript)}</noscript>`);
    html = replaceOnce(html, /<div id="root"><\/div>/, `<div id="root">${body}</div>`);
    await writeFile(new URL(file, dist), html);
    console.log(`prerendered the welcome page in ${lang} into dist/${file}`);
  }
} finally {
  await server.close();
}

// Build steps that keep the first paint as fast as a page of plain HTML and CSS:
//
// - the stylesheet goes into index.html as a <style> element, and the SVG icon as a data: URL, so
//   the page requests no other file before it paints;
// - the app's script is requested only after the first paint, by a small inline loader, so no
//   script competes with the page for the network or the CPU before it shows;
// - the scripts of screens loaded later are listed as inert <link rel="modulepreload"> tags in a
//   <template>, which main.tsx moves into the page once the app runs: they download in the
//   background, and a journey still works if the Wi-Fi drops. Nothing here names a chunk. The
//   install manifest waits in the same <template>.
//
// The inline style and script are allowed by their hashes in a Content-Security-Policy, which the
// build prints and writes to dist/.vite/csp.txt; no policy needs 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

/** The <template> of later chunks; main.tsx looks it up by this id. */
const laterChunksId = 'later-chunks';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy the built page works under. */
export function contentSecurityPolicy({ script, style }: { script: string; style: string }): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashOf(script)}`,
    `style-src ${hashOf(style)}`,
    // The ticked checkbox is an SVG data: URL in the stylesheet.
    "img-src 'self' data:",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Netlify's and Cloudflare Pages' `_headers`: the build's policy, and a second one that names the
 * sites allowed to show the app in a frame (FRAME_ANCESTORS at build time, space-separated
 * origins; by default only the app's own). The browser enforces both.
 */
function headersFile(policy: string): string {
  const ancestors = process.env.FRAME_ANCESTORS?.trim() || "'self'";
  if (!/^[\w\s'.:/*-]+$/.test(ancestors)) throw new Error(`FRAME_ANCESTORS is not a list of origins: ${ancestors}`);
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    `  Content-Security-Policy: frame-ancestors ${ancestors}`,
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n');
}

/** The entry, the chunks it imports dynamically (the app), and every chunk those import statically. */
function firstLoad(bundle: Rollup.OutputBundle, entry: Rollup.OutputChunk): Set<string> {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (seen.has(fileName) || chunk?.type !== 'chunk') return;
    seen.add(fileName);
    chunk.imports.forEach(visit);
  };
  visit(entry.fileName);
  entry.dynamicImports.forEach(visit);
  return seen;
}

/**
 * Runs in the page, inlined into index.html. Once the first contentful paint has been shown, it
 * fetches the entry and the app the entry imports at the same time, so the app costs one round
 * trip; if the entry cannot load, it says so on the page. Browsers that do not report paints
 * start after the next frame instead, and a page that paints nothing (a tab opened in the
 * background) starts after a second.
 */
function loadAfterFirstPaint(entry: string, app: readonly string[]): void {
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    for (const href of app) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    import(entry).catch(() => document.getElementById('load-failed')?.removeAttribute('hidden'));
  };
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(load);
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(load));
  }
  setTimeout(load, 1000);
}

export function firstPaint(): Plugin {
  let inline: { script: string; style: string } | undefined;
  let publicDir = '';
  return {
    name: 'first-paint',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      // After Vite has linked the entry script and the stylesheet into the page.
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle || !entry) throw new Error('first-paint: index.html has no entry script');
        const url = (fileName: string) => `./${fileName}`;

        const styles: string[] = [];
        let page = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
          const fileName = /\bhref="(?:\.\/)?([^"]+)"/.exec(tag)?.[1] ?? '';
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') throw new Error(`first-paint: ${tag} names no stylesheet of this build`);
          const css = String(asset.source);
          if (/<\/style/i.test(css)) throw new Error(`first-paint: ${fileName} contains </style>`);
          styles.push(css);
          // The file is no longer loaded: do not ship it, nor list it in the build manifest.
          // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- how a plugin drops a file from Rollup's bundle
          delete bundle[fileName];
          entry.viteMetadata?.importedCss.delete(fileName);
          return `<style>${css}</style>`;
        });
        const [style] = styles;
        if (style === undefined || styles.length > 1) {
          throw new Error(`first-paint: expected one stylesheet, found ${styles.length}`);
        }

        page = page.replace(
          /<link\b[^>]*\brel="icon"[^>]*\bhref="\.?\/?([^"]+\.svg)"[^>]*>/g,
          (tag, fileName: string) => {
            const svg = readFileSync(path.join(publicDir, fileName), 'utf8').trim();
            return tag.replace(/\bhref="[^"]+"/, `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
          },
        );

        const entryTag = `<script type="module" crossorigin src="${url(entry.fileName)}"></script>`;
        if (!page.includes(entryTag)) throw new Error(`first-paint: no ${entryTag} in index.html`);
        const loaded = firstLoad(bundle, entry);
        const app = [...loaded].filter((fileName) => fileName !== entry.fileName).map(url);
        const script = `(${loadAfterFirstPaint.toString()})(${JSON.stringify(url(entry.fileName))}, ${JSON.stringify(app)});`;
        page = page.replace(entryTag, '').replace('</body>', `<script type="module">${script}</script>\n  </body>`);

        // The install manifest too: a browser may fetch it, and the icon it names, while the page
        // loads, competing with the first paint. It is read only to install the app.
        const manifests: string[] = [];
        page = page.replace(/\s*<link\b[^>]*\brel="manifest"[^>]*>/g, (tag) => {
          manifests.push(tag.trim());
          return '';
        });
        const later = Object.values(bundle).filter((file) => file.type === 'chunk' && !loaded.has(file.fileName));
        const links = [
          ...manifests,
          ...later.map((file) => `<link rel="modulepreload" crossorigin href="${url(file.fileName)}">`),
        ];
        if (links.length > 0) {
          page = page.replace('</body>', `<template id="${laterChunksId}">${links.join('')}</template>\n  </body>`);
        }

        inline = { script, style };
        return page;
      },
    },
    writeBundle({ dir = 'dist' }) {
      if (!inline) throw new Error('first-paint: index.html was not transformed');
      const policy = contentSecurityPolicy(inline);
      mkdirSync(path.join(dir, '.vite'), { recursive: true });
      writeFileSync(path.join(dir, '.vite', 'csp.txt'), `${policy}\n`);
      // The same policy as nginx lines to `include`, and as a `_headers` file for Netlify and
      // Cloudflare Pages: a deploy then always sends the hashes of the build it serves.
      writeFileSync(path.join(dir, '.vite', 'csp.nginx'), `add_header Content-Security-Policy "${policy}" always;\n`);
      writeFileSync(path.join(dir, '_headers'), headersFile(policy));
      this.environment.logger.info(`Content-Security-Policy (also in dist/.vite/csp.txt): ${policy}`);
    },
  };
}

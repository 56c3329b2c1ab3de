// Renders the app icons in public/ from public/favicon.svg, in Debian's Chromium:
//
//   node scripts/icons.mjs
//
// Run it again after changing favicon.svg, and commit the PNGs.
// - icon-192.png, icon-512.png: the favicon as it is, for the manifest.
// - icon-maskable-512.png: the same mark on a full square, shrunk into the middle 80 % circle
//   that Android keeps when it crops an icon to its own shape.
// - apple-touch-icon.png (180): a full square with no transparent corners, which iPadOS would
//   fill with black; iPadOS rounds the corners itself.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const publicDir = new URL('../public/', import.meta.url);
const favicon = await readFile(new URL('favicon.svg', publicDir), 'utf8');

const rect = favicon.match(/<rect [^>]*\/>/)?.[0];
if (!rect) throw new Error('public/favicon.svg has no <rect/> background');
const mark = favicon.slice(favicon.indexOf(rect) + rect.length, favicon.lastIndexOf('</svg>'));
const fullSquare = (scale) =>
  favicon.replace(
    favicon.slice(favicon.indexOf(rect), favicon.lastIndexOf('</svg>')),
    `${rect.replace(/\s*rx="[^"]*"/, '')}<g transform="translate(16 16) scale(${scale}) translate(-16 -16)">${mark}</g>`,
  );

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: fullSquare(0.8) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullSquare(1) },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: new URL(file, publicDir).pathname, omitBackground: true });
    await page.close();
    console.log(`public/${file} (${size} x ${size})`);
  }
} finally {
  await browser.close();
}

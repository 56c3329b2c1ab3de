// Writes the welcome page into dist/index.html after `vite build`, so the first screen is
// plain HTML that paints before any JavaScript runs; main.tsx then hydrates it.
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'vite';

const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { prerender } = await server.ssrLoadModule('/src/prerender.tsx');
  const file = new URL('../dist/index.html', import.meta.url);
  const html = await readFile(file, 'utf8');
  const marker = '<div id="root"></div>';
  if (!html.includes(marker)) throw new Error(`dist/index.html has no ${marker}`);
  await writeFile(file, html.replace(marker, `<div id="root">${prerender()}</div>`));
  console.log('prerendered the welcome page into dist/index.html');
} finally {
  await server.close();
}

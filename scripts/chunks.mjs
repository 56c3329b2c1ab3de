// Which built scripts a patient's first visit needs, read from Vite's build manifest
// (dist/.vite/manifest.json). Used by the size budget and the benchmark.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The app the entry starts after the first paint: it hydrates the welcome screen. */
export const appKey = 'src/boot.tsx';

/**
 * The scripts that show and run the welcome screen: the page's entry, the app it imports and
 * everything those two import statically. Every other script chunk is loaded later (code that
 * warms up or serves a later screen, other entries). Returns { firstLoad, later }, each a list of
 * { key, file }, the key being the source path the manifest gives the chunk.
 */
export function readChunks(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
  if (!entryKey) throw new Error('the build manifest has no entry for index.html');
  if (!manifest[entryKey].dynamicImports?.includes(appKey)) {
    throw new Error(`the entry does not import ${appKey}: is dist/ built from this source?`);
  }

  const firstLoad = new Set();
  const visit = (key) => {
    if (firstLoad.has(key)) return;
    firstLoad.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(entryKey);
  visit(appKey);

  const chunk = (key) => ({ key, file: manifest[key].file });
  const scripts = Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js'));
  return {
    firstLoad: scripts.filter((key) => firstLoad.has(key)).map(chunk),
    later: scripts.filter((key) => !firstLoad.has(key)).map(chunk),
  };
}

// Which built scripts a patient's first visit needs, read from Vite's build manifest
// (dist/.vite/manifest.json). Used by the size budget and the benchmark.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The page's entry, the chunks it imports dynamically (the app it starts after the first paint)
 * and everything those import statically: the scripts that show and run the welcome screen.
 * Every other script chunk is loaded later (screens after the welcome page, other entries).
 * Returns { firstLoad, later }, each a list of { key, file } (the manifest key is the source path).
 */
export function readChunks(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
  if (!entryKey) throw new Error('the build manifest has no entry for index.html');

  const firstLoad = new Set();
  const visit = (key) => {
    if (firstLoad.has(key)) return;
    firstLoad.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(entryKey);
  for (const key of manifest[entryKey].dynamicImports ?? []) visit(key);

  const chunk = (key) => ({ key, file: manifest[key].file });
  const scripts = Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js'));
  return {
    firstLoad: scripts.filter((key) => firstLoad.has(key)).map(chunk),
    later: scripts.filter((key) => !firstLoad.has(key)).map(chunk),
  };
}

import { defineConfig } from 'vite';
import { en } from './src/content/en.ts';
import { es } from './src/content/es.ts';
import type { Language } from './src/content/languages.ts';

// embed.js, the script a clinic pastes into its website, built on its own after the app: one
// small file at a stable address (dist/embed.js, not hashed) that runs in a closure on the
// clinic's page. Its size is checked by tests/budget.test.mjs.

const frameTitles: Record<Language, string> = { en: en.appTitle, es: es.appTitle };

export default defineConfig({
  publicDir: false,
  define: { __FRAME_TITLES__: JSON.stringify(frameTitles) },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2019',
    minify: true,
    lib: {
      entry: 'src/embed/embed.ts',
      formats: ['iife'],
      name: 'dryNeedlingEmbed',
      fileName: () => 'embed.js',
    },
  },
});

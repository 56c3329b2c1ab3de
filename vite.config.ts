import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstPaint } from './scripts/firstPaint.ts';

export default defineConfig({
  // Relative asset paths: the built files work from any host and any sub-path.
  base: './',
  plugins: [react(), firstPaint()],
  resolve: {
    // React 19 has useSyncExternalStore: @xstate/react's shim for React 16 and 17 is dead weight.
    alias: [{ find: /^use-sync-external-store\/shim(\/with-selector)?$/, replacement: 'use-sync-external-store$1' }],
  },
  build: {
    target: 'es2022',
    // The app is one script loaded after the first paint: nothing to preload, so no preload polyfill.
    modulePreload: false,
    // Read by the size budget (tests/budget.test.mjs) to tell first-load code from later screens.
    manifest: true,
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHints } from './scripts/compileHints.mjs';
import { firstPaint } from './scripts/firstPaint.ts';

export default defineConfig({
  // Relative asset paths: the built files work from any host and any sub-path.
  base: './',
  // compileHints: the code the first taps run is compiled while it loads (README, Performance).
  plugins: [react(), firstPaint(), compileHints()],
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
    // The libraries every page runs (React, XState, Valibot) in one chunk: a handful of small
    // shared chunks would each pay their own gzip and module overhead in the first load.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'runtime',
              test: /node_modules[\\/](react|react-dom|scheduler|xstate|@xstate|valibot|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
});

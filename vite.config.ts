import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  // Relative asset paths: the built files work from any host and any sub-path.
  base: './',
  plugins: [
    react(),
    // Offline and installable. The service worker is only built by `vite build`, never in dev or tests.
    VitePWA({
      // src/ui/appUpdate.ts registers it, and applies a new version only between patients.
      injectRegister: false,
      registerType: 'prompt',
      // The icons are in the precache already: workbox.globPatterns lists every built file.
      includeManifestIcons: false,
      manifest: {
        name: 'Could dry needling help me?',
        short_name: 'Dry needling',
        description: 'A short guide for physiotherapy patients: what dry needling can and cannot do for your pain.',
        lang: 'en',
        start_url: './?mode=kiosk',
        scope: './',
        display: 'fullscreen',
        display_override: ['fullscreen', 'standalone'],
        // --brand and --paper in src/ui/styles.css.
        theme_color: '#0b3d5c',
        background_color: '#ffffff',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every built file, the lazy chunks too: the worker fetches them in the background after
        // the first visit, so a Wi-Fi drop later in a journey cannot break it.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // Any address in the app (with ?mode=kiosk or a #fragment) opens the cached page offline.
        navigateFallback: 'index.html',
        // The first visit is controlled at once, so it works offline without a reload. A new
        // version still waits until appUpdate.ts asks for it between patients.
        clientsClaim: true,
        // One file to deploy with `Cache-Control: no-cache`.
        inlineWorkboxRuntime: true,
      },
      integration: {
        // The precached index.html must be the one with the welcome screen in it.
        beforeBuildServiceWorker: () => {
          execFileSync(process.execPath, ['scripts/prerender.mjs'], { stdio: 'inherit' });
        },
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The app is one script loaded after the first paint: nothing to preload, so no preload polyfill.
    modulePreload: false,
    // Read by the size budget (tests/budget.test.mjs) to tell first-load code from later screens.
    manifest: true,
  },
});

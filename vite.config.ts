import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  // Relative asset paths: the built files work from any host and any sub-path.
  base: './',
  plugins: [
    react(),
    // Installable, and working offline after the first visit. The app registers the worker
    // itself (src/ui/appUpdate.ts) and applies a new version only between patients.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Could dry needling help me?',
        short_name: 'Dry needling',
        description: 'A short guide for physiotherapy patients: what dry needling can and cannot do for your pain.',
        lang: 'en',
        // The installed app is the waiting-room tablet's.
        start_url: './?mode=kiosk',
        scope: './',
        display: 'fullscreen',
        display_override: ['fullscreen', 'standalone'],
        orientation: 'any',
        theme_color: '#0b3d5c',
        background_color: '#ffffff',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        // The first visit's worker takes over at once, so the tablet works offline from then on;
        // a later version waits for an erase or a new start (skipWaiting is sent then).
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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

import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';
import { appOrigin, appPort } from './tests/e2e/origin';

// Real-browser tests of the built app (`npm run build` first): phone, clinic tablet, desktop.
// All three run in Debian's Chromium; Playwright's own browser downloads are not used.

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: { executablePath: chromiumPath, args: [...chromiumFlags] },
};

// A made-up clinic's website with the app embedded (demo/, tests/e2e/embed.spec.ts): another origin.
const clinicPort = String(appPort + 1);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: appOrigin,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    locale: 'en-GB',
  },
  webServer: [
    {
      command: `npx vite preview --port ${appPort} --strictPort`,
      url: appOrigin,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: 'node scripts/demo-server.mjs',
      url: `http://localhost:${clinicPort}`,
      env: { DEMO_PORT: clinicPort, APP_ORIGIN: appOrigin },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
  projects: [
    {
      name: 'phone',
      use: {
        ...chromium,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      name: 'tablet',
      use: {
        ...chromium,
        viewport: { width: 820, height: 1180 },
        // Layout, sizes and screenshots are in CSS px either way; 1 keeps rendering cheap on 2 cores.
        deviceScaleFactor: 1,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      name: 'desktop',
      use: {
        ...chromium,
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
        isMobile: false,
        hasTouch: false,
      },
    },
  ],
});

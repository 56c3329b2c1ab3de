// Offline and installed use: after one visit the app works with the Wi-Fi off, it can be
// installed as a full-screen kiosk app, and a new version never loads in the middle of a patient.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIResponse, Page } from '@playwright/test';
import {
  answer,
  answerQuestions,
  appOrigin,
  button,
  completeJourney,
  continueOn,
  en,
  expect,
  expectQuestion,
  expectResults,
  expectWelcome,
  lowBackPain,
  neckPain,
  openApp,
  reachSummary,
  someMarks,
  start,
  startAgain,
  test,
} from './journey';

/** The service worker has cached the app and answers the page's requests: ready for offline. */
async function waitUntilWorksOffline(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe('with the network off after a first visit', () => {
  test('a reload and a whole journey work', async ({ page, context }) => {
    await openApp(page);
    await waitUntilWorksOffline(page);

    await context.setOffline(true);
    await page.reload();
    await expectWelcome(page, { focused: false });
    await completeJourney(page, neckPain);
  });

  test('the Wi-Fi drops mid-journey: a reload keeps the place, and the results and summary still open', async ({
    page,
    context,
  }) => {
    await start(page);
    await waitUntilWorksOffline(page);
    await answerQuestions(page, lowBackPain, { until: 'kind' });

    await context.setOffline(true);
    await page.reload();
    await expectQuestion(page, 'kind', { focused: false });
    await answer(page, 'kind', [lowBackPain.kind]);
    await continueOn(page);
    await answerQuestions(page, lowBackPain, { from: 'goals' });
    await button(page, en.common.seeResults).click();
    await expectResults(page);
    await reachSummary(page, someMarks);
    await expect(page.getByRole('img', { name: en.takeHome.qrLabel })).toBeVisible();
  });

  test('the kiosk address opens, with any fragment', async ({ page, context }) => {
    await page.goto('./?mode=kiosk');
    await expect(button(page, en.common.start)).toBeEnabled();
    await waitUntilWorksOffline(page);

    await context.setOffline(true);
    for (const address of ['./?mode=kiosk', './?mode=kiosk#top', './#top']) {
      await page.goto(address);
      await expectWelcome(page, { focused: false });
      await expect(button(page, en.common.start)).toBeEnabled();
    }
  });
});

test.describe('installing', () => {
  /** Width and height from a PNG file's header. */
  async function pngSize(response: APIResponse): Promise<string> {
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
  }

  test('the manifest opens the kiosk mode full screen, with icons of the sizes it lists', async ({ page }) => {
    await openApp(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(href ?? '', page.url());
    const manifest = await (await page.request.get(manifestUrl.href)).json();

    expect(manifest).toMatchObject({ name: en.appTitle, display: 'fullscreen', scope: './' });
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(`${appOrigin}/?mode=kiosk`);
    const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      expect(await pngSize(await page.request.get(new URL(icon.src, manifestUrl).href))).toBe(icon.sizes);
    }

    const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect(await pngSize(await page.request.get(new URL(appleIcon ?? '', page.url()).href))).toBe('180x180');
  });

  test('Chromium finds nothing missing to install it', async ({ page, context }) => {
    await openApp(page);
    await waitUntilWorksOffline(page);
    const devtools = await context.newCDPSession(page);
    const { errors } = await devtools.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    // Every test browser is a private window, which never installs apps.
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  });
});

/**
 * The built app behind a proxy that can "deploy a new version": a changed sw.js, as a real
 * deploy makes. Each version's worker says which it is when asked, so a test can tell them apart.
 */
async function serveWithNewVersions() {
  let version = 'first';
  const server = createServer(async (request, response) => {
    const upstream = await fetch(new URL(request.url ?? '/', appOrigin));
    let body = Buffer.from(await upstream.arrayBuffer());
    if (new URL(request.url ?? '/', appOrigin).pathname === '/sw.js') {
      const probe = `self.addEventListener('message', (e) => e.data === 'version?' && e.ports[0].postMessage('${version}'));`;
      body = Buffer.concat([body, Buffer.from(`\n${probe}\n`)]);
    }
    response.writeHead(upstream.status, {
      'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    deploy: (next: string) => {
      version = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const updateTest = test.extend<{ app: Awaited<ReturnType<typeof serveWithNewVersions>> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern.
  app: async ({}, provide) => {
    const app = await serveWithNewVersions();
    await provide(app);
    await app.close();
  },
  baseURL: async ({ app }, provide) => provide(app.origin),
});

/** Which version of the app's worker runs the page. */
function runningVersion(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        const worker = navigator.serviceWorker.controller;
        if (worker) worker.postMessage('version?', [channel.port2]);
        else resolve('none');
      }),
  );
}

updateTest('a new version waits while a patient is mid-journey, and loads at Start again', async ({ page, app }) => {
  await start(page);
  await waitUntilWorksOffline(page);
  expect(await runningVersion(page)).toBe('first');
  await answerQuestions(page, neckPain, { until: 'duration' });

  app.deploy('second');
  // What the hourly check does: the new version downloads in the background, then waits.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null))
    .toBe(true);

  // Neither the rest of the journey nor an accidental reload brings it in.
  await answerQuestions(page, neckPain, { from: 'duration', until: 'needles' });
  await page.reload();
  await expectQuestion(page, 'needles', { focused: false });
  expect(await runningVersion(page)).toBe('first');
  await answer(page, 'needles', [neckPain.needles]);
  await continueOn(page);
  await answerQuestions(page, neckPain, { from: 'exercise' });
  await button(page, en.common.seeResults).click();
  await expectResults(page);
  expect(await runningVersion(page)).toBe('first');

  // Start again, between patients, loads it.
  const reloaded = page.waitForEvent('load', { timeout: 10_000 });
  await startAgain(page);
  await reloaded;
  await expectWelcome(page, { focused: false });
  expect(await runningVersion(page)).toBe('second');
  await expect(button(page, en.common.start)).toBeEnabled();
});

// After the first visit the app works with the network off: waiting-room Wi-Fi drops.
import {
  answer,
  appOrigin,
  button,
  completeJourney,
  en,
  expect,
  expectChosen,
  expectQuestion,
  expectWelcome,
  lowBackPain,
  openApp,
  startAgain,
  test,
} from './journey';

test('after the first visit, a whole journey works with the network off', async ({ page, context }) => {
  await openApp(page);
  // The service worker has fetched and stored every file, the later screens' code included.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });

  await context.setOffline(true);
  await completeJourney(page, lowBackPain, 'click', '/?mode=kiosk');
  await expect(page.getByRole('img', { name: en.takeHome.qrLabel })).toBeVisible();

  // The next patient, and a reload in the middle of their journey, still offline.
  await startAgain(page);
  await expectWelcome(page);
  await button(page, en.common.start).click();
  await expectQuestion(page, 'redFlags');
  await answer(page, 'redFlags', ['none']);
  await page.reload();
  await expectQuestion(page, 'redFlags', { focused: false });
  await expectChosen(page, 'redFlags', ['none']);
  await context.setOffline(false);
});

test('the app can be installed, and the installed app opens as the waiting-room tablet', async ({ page }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(new URL(href ?? '', `${appOrigin}/`).href);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ start_url: './?mode=kiosk', display: 'fullscreen', scope: './' });
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await page.request.get(`${appOrigin}/${icon.src}`)).ok(), icon.src).toBe(true);
  }
});

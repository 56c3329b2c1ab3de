// How the app arrives: under its own Content-Security-Policy, on Wi-Fi that drops once it has
// loaded, and on Wi-Fi that drops before it could.
import { readFileSync } from 'node:fs';
import {
  answerQuestions,
  button,
  completeJourney,
  en,
  enResults,
  expect,
  expectResults,
  expectWelcome,
  lowBackPain,
  neckPain,
  reachSummary,
  someMarks,
  start,
  test,
} from './journey';

test('the whole journey works under the Content-Security-Policy the build writes', async ({ page }) => {
  // The policy allows the inlined style and loader by their hashes; a blocked style, script or
  // image would show as a console error, which fails any test (see ./journey.ts).
  const policy = readFileSync(new URL('../../dist/.vite/csp.txt', import.meta.url), 'utf8').trim();
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  // lowBackPain ticks checkboxes, whose tick is a data: image in the stylesheet.
  await completeJourney(page, lowBackPain);
  await expect(page.getByText(enResults.claims.headlineLowBack)).toBeVisible();
  await expect(button(page, en.common.start)).toHaveCount(0);
});

test('a journey begun on Wi-Fi reaches the results and the summary after the Wi-Fi drops', async ({
  page,
  context,
}) => {
  await start(page);
  // Every later screen's code is fetched in the background once the app runs.
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await answerQuestions(page, neckPain);
  await button(page, en.common.seeResults).click();
  await expectResults(page);
  await expect(page.getByText(enResults.claims.headlineNeck)).toBeVisible();
  // The steps after the results, and the summary's QR code, were fetched in the background too.
  await reachSummary(page, someMarks);
  await expect(page.getByRole('img', { name: en.takeHome.qrLabel })).toBeVisible();
});

test('if the app cannot be downloaded, the welcome page says so', async ({ page, appGuard }) => {
  appGuard.expectConsoleMessages(/Failed to load resource|Failed to fetch dynamically imported module/);
  await page.route('**/*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('This guide could not load.');
  await expectWelcome(page, { focused: false });
  await expect(button(page, en.common.start)).toBeDisabled();
});

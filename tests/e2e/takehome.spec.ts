// Take it home: the QR code opens the same results on the patient's phone, and the printed page.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { references } from '../../src/content/references';
import { tapSettleMs } from '../../src/ui/useTapSettle';
import {
  appOrigin,
  button,
  completeJourney,
  en,
  enResults,
  expect,
  expectNoViolations,
  expectResults,
  lowBackPain,
  savedJourney,
  test,
} from './journey';

test('the QR code opens the same results, read-only, on another device', async ({ page, browser }) => {
  await completeJourney(page, lowBackPain);
  const qr = page.getByRole('img', { name: en.takeHome.qrLabel });
  await qr.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded, 'the QR code can be read').not.toBeNull();
  const link = new URL(decoded?.data ?? '');
  expect(link.origin).toBe(appOrigin);
  // The answers travel only in the fragment, which browsers never send to a server.
  expect(link.search).toBe('');
  expect(link.hash).toMatch(/^#r=2\./);

  const phone = await browser.newPage();
  await phone.goto(link.href);
  await expect(phone.getByRole('heading', { level: 1, name: en.results.title })).toBeVisible();
  await expect(phone.getByText(en.takeHome.readOnly)).toBeVisible();
  await expect(phone.getByText(enResults.claims.headlineLowBack)).toBeVisible();
  await expect(phone.getByRole('region', { name: en.results.safetyTitle })).toContainText(enResults.guidance.diabetes);
  await expect(phone.getByRole('button', { name: en.common.back })).toHaveCount(0);
  expect(await phone.evaluate(() => window.sessionStorage.length)).toBe(0);
  await expectNoViolations(phone, 'results from a QR link');
  await phone.close();
});

test('an edited link gets a calm message and Start, never made-up results', async ({ page }) => {
  await page.goto('/#r=2.e8.2.5.0.1.z.0.0');
  await expect(page.getByRole('heading', { level: 1, name: en.takeHome.brokenTitle })).toBeVisible();
  await expect(page.getByText(en.results.title)).toHaveCount(0);
  await expectNoViolations(page, 'broken link');
  await page.waitForTimeout(tapSettleMs);
  await button(page, en.common.start).click();
  await expect(page.getByRole('heading', { level: 1, name: en.welcome.title })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  expect(await savedJourney(page)).toBeNull();
});

test('the printed page has no buttons, the references in full and the date', async ({ page }) => {
  await completeJourney(page, lowBackPain);
  await expectResults(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('img', { name: en.takeHome.qrLabel })).toBeHidden();
  // On paper the list is printed in full (the disclosure on screen cannot be opened there).
  await expect(page.getByText(references.R9.citation).filter({ visible: true })).toHaveCount(1);
  await expect(page.getByText(/^Printed on /)).toBeVisible();
});

// Take it home, from the summary: the QR code opens the same results and summary on the
// patient's phone, and the summary prints on one page.
import type { Page } from '@playwright/test';
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
  expectSummary,
  lowBackPain,
  reachSummary,
  savedJourney,
  someMarks,
  test,
} from './journey';

test('the QR code opens the same results and summary, read-only, on another device', async ({ page, browser }) => {
  await completeJourney(page, lowBackPain);
  await expect(page.getByRole('img', { name: en.takeHome.qrLabel })).toHaveCount(0);
  await reachSummary(page, someMarks);
  const qr = page.getByRole('img', { name: en.takeHome.qrLabel });
  await qr.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded, 'the QR code can be read').not.toBeNull();
  const link = new URL(decoded?.data ?? '');
  expect(link.origin).toBe(appOrigin);
  // The answers travel only in the fragment, which browsers never send to a server.
  expect(link.search).toBe('');
  expect(link.hash).toMatch(/^#r=3\./);

  const phone = await browser.newPage();
  await phone.goto(link.href);
  await expect(phone.getByRole('heading', { level: 1, name: en.results.title })).toBeVisible();
  await expect(phone.getByText(en.takeHome.readOnly)).toBeVisible();
  // Once in the results, once in the summary below them.
  await expect(phone.getByText(enResults.claims.headlineLowBack)).toHaveCount(2);
  await expect(phone.getByRole('region', { name: en.results.safetyTitle })).toContainText(enResults.guidance.diabetes);
  await expect(phone.getByRole('button', { name: en.common.back })).toHaveCount(0);
  expect(await phone.evaluate(() => window.sessionStorage.length)).toBe(0);
  // What the patient marked after the results travels too.
  const summary = phone.getByRole('region', { name: enResults.summary.title });
  await expect(summary).toContainText(`${enResults.values.items.quickRelief}${enResults.values.weights.aLot}`);
  await expect(summary).toContainText(`${enResults.values.items.avoidNeedles}${enResults.values.weights.aLittle}`);
  await expect(summary).toContainText(enResults.leaning.options.notSure);
  await expect(summary).toContainText(`${enResults.leaning.sure.support}${enResults.leaning.answers.no}`);
  await expect(summary).toContainText(enResults.leaning.nextSteps.sure);
  await expectNoViolations(phone, 'results from a QR link');
  await phone.close();
});

test('an edited link gets a calm message and Start, never made-up results', async ({ page }) => {
  await page.goto('/#r=3.e8.2.5.0.1.z.0.0.0.0.0');
  await expect(page.getByRole('heading', { level: 1, name: en.takeHome.brokenTitle })).toBeVisible();
  await expect(page.getByText(en.results.title)).toHaveCount(0);
  await expectNoViolations(page, 'broken link');
  await page.waitForTimeout(tapSettleMs);
  await button(page, en.common.start).click();
  await expect(page.getByRole('heading', { level: 1, name: en.welcome.title })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  expect(await savedJourney(page)).toBeNull();
});

test('the printed results have every part open, no other buttons, the references in full and the date', async ({
  page,
}) => {
  await completeJourney(page, lowBackPain);
  await expectResults(page);
  await page.emulateMedia({ media: 'print' });
  // On paper every part is printed open, each under its heading; nothing else there is a button.
  const partHeadings = page.getByRole('heading', { level: 2 }).getByRole('button');
  expect(await partHeadings.count()).toBeGreaterThan(3);
  await expect(page.getByRole('button')).toHaveCount(await partHeadings.count());
  await expect(page.getByText(enResults.claims.needleFeel).first()).toBeVisible();
  // On paper the list is printed in full (the disclosure on screen cannot be opened there).
  await expect(page.getByText(references.R9.citation).filter({ visible: true })).toHaveCount(1);
  await expect(page.getByText(/^Printed on /)).toBeVisible();
});

test('the summary prints on one page, with no buttons and no QR code', async ({ page }) => {
  await completeJourney(page, lowBackPain);
  await reachSummary(page, someMarks);
  await expectSummary(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('img', { name: en.takeHome.qrLabel })).toBeHidden();
  const summary = page.getByRole('region', { name: enResults.summary.title });
  await expect(summary).toContainText(enResults.guidance.diabetes);
  await expect(summary).toContainText(enResults.leaning.options.notSure);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    // Each page of a PDF is one "/Type /Page" object (the page tree is "/Type /Pages").
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g), `pages on ${format}`).toHaveLength(1);
  }
});

test('the summary printed from a QR link is the same one page, without the results', async ({ page, browser }) => {
  await completeJourney(page, lowBackPain);
  await reachSummary(page, someMarks);
  const phone = await browser.newPage();
  await phone.goto(await summaryLink(page));
  await expect(phone.getByRole('region', { name: enResults.summary.title })).toBeVisible();
  await phone.emulateMedia({ media: 'print' });
  await expect(phone.getByRole('heading', { level: 1, name: en.results.title })).toBeHidden();
  const pdf = (await phone.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  await phone.close();
});

/** The summary's QR link, read from the code itself as a phone would. */
async function summaryLink(page: Page): Promise<string> {
  const qr = page.getByRole('img', { name: en.takeHome.qrLabel });
  await qr.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return decoded?.data ?? '';
}

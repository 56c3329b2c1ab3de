// The results page in layers (issue 7): the takeaway on the first screen at every size, a page a
// phone can get through with its parts closed, one denominator, and every part usable when open.
import {
  answerSets,
  completeJourney,
  en,
  enResults,
  expect,
  expectLaidOut,
  expectNoViolations,
  neckPain,
  test,
} from './journey';
import type { Page } from '@playwright/test';

/** Phone: the page with its parts closed stays within a few screens (a 3-minute read). */
const phoneHeightLimit = 6000;

/** Open every part of the results, as a patient who wants all the detail. */
async function openEveryLayer(page: Page): Promise<void> {
  const closed = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('button', { expanded: false });
  while ((await closed.count()) > 0) await closed.first().click();
}

for (const { name, answers, safetyNotes } of answerSets) {
  test(`the takeaway is on the first screen, and the page is short with its parts closed: ${name}`, async ({
    page,
  }, testInfo) => {
    await completeJourney(page, answers);
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('no viewport');

    const takeaway = page.getByRole('region', { name: enResults.layers.takeawayTitle });
    await expect(takeaway).toBeVisible();
    // Every line of it, each with its label (its sources' list may start below).
    for (const line of await takeaway.getByRole('listitem').all()) {
      const box = await line.boundingBox();
      expect(
        (box?.y ?? Infinity) + (box?.height ?? 0),
        `on the first screen: ${await line.innerText()}`,
      ).toBeLessThanOrEqual(viewport.height);
    }
    if (safetyNotes.length > 0) {
      // What must not be missed starts on the first screen too.
      const heading = page.getByRole('heading', { name: en.results.safetyTitle });
      const top = (await heading.boundingBox())?.y ?? Infinity;
      expect(top, 'the safety notes start on the first screen').toBeLessThan(viewport.height);
    }

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const report = `${height} px tall at ${viewport.width} px wide, parts closed (${name})`;
    testInfo.annotations.push({ type: 'results height', description: report });
    console.log(`results height: ${report}`);
    if (testInfo.project.name === 'phone') expect(height).toBeLessThan(phoneHeightLimit);

    const shots = process.env.RESULTS_SCREENSHOTS;
    if (shots) {
      const file = `${shots}/results-${testInfo.project.name}-${answerSets.findIndex((set) => set.name === name)}`;
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${file}.png` });
      await openEveryLayer(page);
      await page.getByRole('table').screenshot({ path: `${file}-grid.png` });
      await page.getByRole('region', { name: en.results.feelsLike }).screenshot({ path: `${file}-harms.png` });
    }
  });

  test(`every number on the page is out of 1,000, and every part opens: ${name}`, async ({ page }) => {
    await completeJourney(page, answers);
    const main = page.locator('main');
    // Closed parts are in the page, hidden: textContent reads them too.
    const text = (await main.textContent()) ?? '';
    const denominators = [...text.matchAll(/\d[\d,]*(?: more)? in (\d[\d,]*)/g)].map((match) => match[1]);
    expect(denominators.length).toBeGreaterThan(0);
    expect(new Set(denominators)).toEqual(new Set(['1,000']));
    expect(text).not.toMatch(/\d\s?%/);

    await openEveryLayer(page);
    for (const title of [en.results.mayDo, en.results.willNotDo, en.results.feelsLike, enResults.layers.gridTitle]) {
      const region = page.getByRole('region', { name: title });
      await expect(region.getByRole('button', { name: title })).toHaveAttribute('aria-expanded', 'true');
    }
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoViolations(page, `results with every part open (${name})`);
    await expectLaidOut(page, 'results', 'with every part open');
  });
}

test('text enlarged to 200%: the results, every part open, have no sideways scrolling', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await completeJourney(page, neckPain);
  await openEveryLayer(page);
  for (const details of await page.locator('main details').all())
    await details.evaluate((d) => d.setAttribute('open', ''));
  await expectLaidOut(page, 'results', 'with text at 200% and every part open');
});

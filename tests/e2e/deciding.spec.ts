// After the results: what matters to the patient, which way they lean, the SURE test and the
// summary to take in. At every size (the three projects), by tap on touch screens.
import type { Page } from '@playwright/test';
import {
  back,
  button,
  completeJourney,
  continueOn,
  en,
  expect,
  expectLeaning,
  expectNoViolations,
  expectResults,
  expectSummary,
  expectValues,
  expectWelcome,
  markLeaning,
  markValues,
  neckPain,
  reachSummary,
  savedJourney,
  someMarks,
  startAgain,
  sureInput,
  test,
  valueInput,
  type Way,
} from './journey';
import { enResults } from '../../src/content/enResults';

const summaryRegion = (page: Page) => page.getByRole('region', { name: enResults.summary.title });

test('the steps after the results, marked in a few taps, end in a summary of them', async ({ page, isMobile }) => {
  const way: Way = isMobile ? 'tap' : 'click';
  await completeJourney(page, neckPain, way);
  await button(page, enResults.values.next).click();
  await expectValues(page);
  // Each answer is a large target: 48 px at least, label and all.
  for (const weight of ['aLot', 'aLittle', 'notMuch'] as const) {
    const label = page.getByText(enResults.values.weights[weight], { exact: true }).first();
    const box = await label.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
  }
  await markValues(page, someMarks, way);
  await expectNoViolations(page, 'what matters');
  await continueOn(page, way);

  await expectLeaning(page);
  await expect(page.getByRole('region', { name: enResults.leaning.nextStepsTitle })).toHaveCount(0);
  await markLeaning(page, someMarks, way);
  // A SURE "no" shows what to ask next, and nothing recommends a choice.
  const nextSteps = page.getByRole('region', { name: enResults.leaning.nextStepsTitle });
  await expect(nextSteps.getByRole('listitem')).toHaveText([
    enResults.leaning.nextSteps.sure,
    enResults.leaning.nextSteps.support,
  ]);
  await expectNoViolations(page, 'leaning and readiness');
  await continueOn(page, way);

  await expectSummary(page);
  const summary = summaryRegion(page);
  await expect(summary).toContainText(`${enResults.values.items.quickRelief}${enResults.values.weights.aLot}`);
  await expect(summary).toContainText(`${enResults.values.items.sideEffects}${enResults.values.weights.notMuch}`);
  await expect(summary).toContainText(enResults.leaning.options.notSure);
  await expect(summary).toContainText(`${enResults.leaning.sure.informed}${enResults.leaning.answers.yes}`);
  await expect(summary).toContainText(enResults.leaning.nextSteps.support);
  await expect(page.getByRole('img', { name: en.takeHome.qrLabel })).toBeVisible();
  await expect(button(page, en.takeHome.print)).toBeVisible();
  await expectNoViolations(page, 'summary');
});

test('nothing has to be marked: Continue goes on, and the summary says nothing was', async ({ page }) => {
  await completeJourney(page, neckPain);
  await reachSummary(page);
  await expect(summaryRegion(page)).toContainText(enResults.decisionSummary.noValues);
  await expect(summaryRegion(page)).toContainText(enResults.decisionSummary.notChosen);
});

test('Back, the browser Back button and a reload keep every mark', async ({ page }) => {
  await completeJourney(page, neckPain);
  await reachSummary(page, someMarks);

  await back(page);
  await expectLeaning(page);
  await expect(sureInput(page, 'support', 'no')).toBeChecked();
  await back(page);
  await expectValues(page);
  await expect(valueInput(page, 'avoidNeedles', 'aLittle')).toBeChecked();
  await back(page);
  await expectResults(page);

  await button(page, enResults.values.next).click();
  await expectValues(page);
  await page.reload();
  await expectValues(page, { focused: false });
  await expect(valueInput(page, 'quickRelief', 'aLot')).toBeChecked();
  await continueOn(page);
  await expectLeaning(page);
  await continueOn(page);
  await expectSummary(page);
  await page.reload();
  await expectSummary(page, { focused: false });
  await expect(summaryRegion(page)).toContainText(enResults.leaning.options.notSure);

  await page.goBack();
  await expectLeaning(page, { focused: false });
  await expect(page.getByRole('radio', { name: enResults.leaning.options.notSure, exact: true })).toBeChecked();
});

test('Start again from the summary clears every mark', async ({ page }) => {
  await completeJourney(page, neckPain);
  await reachSummary(page, someMarks);
  expect(await savedJourney(page)).toContain('avoidNeedles');
  await startAgain(page);
  await expectWelcome(page);
  expect(await savedJourney(page)).toBeNull();
});

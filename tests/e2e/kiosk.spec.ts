// The waiting-room tablet: taps that land on the next screen, idle erase, hand-back and the
// front desk, tried as patients and staff would, at every project size.
import type { Locator, Page } from '@playwright/test';
import { tapSettleMs } from '../../src/ui/useTapSettle';
import {
  answer,
  answerQuestions,
  button,
  chosen,
  completeJourney,
  en,
  enResults,
  expect,
  expectChosen,
  expectNoViolations,
  expectLeaning,
  expectQuestion,
  expectResults,
  expectReview,
  expectReviewAnswers,
  expectSummary,
  expectValues,
  expectWelcome,
  lowBackPain,
  neckPain,
  questionIds,
  reachSummary,
  savedJourney,
  someMarks,
  start,
  test,
} from './journey';

const kiosk = '/?mode=kiosk';

/**
 * Two presses at the same spot, `gap` ms apart: a finger's double tap, or a mouse's double click.
 * Each press carries the time the finger went down, as real input does. The second is stamped
 * `gap` ms after the first even when it is sent later because a busy machine was still drawing the
 * new screen: the app must judge a tap by when it began, as it does on a slow tablet.
 */
async function doubleTap(page: Page, target: Locator, gap: number): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('The target is not on screen');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const touch = test.info().project.use.hasTouch === true;
  const input = await page.context().newCDPSession(page);
  const first = Date.now() / 1000;
  for (const press of [0, 1]) {
    if (press) await page.waitForTimeout(gap);
    const down = first + (press * gap) / 1000;
    const up = down + 0.05;
    if (touch) {
      await input.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }], timestamp: down });
      await input.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: up });
    } else {
      const mouse = { x, y, button: 'left', clickCount: 1 } as const;
      await input.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...mouse, timestamp: down });
      await input.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...mouse, timestamp: up });
    }
  }
  await input.detach();
}

test.describe('a double tap answers only the screen it was aimed at', () => {
  for (const gap of [60, 150, 300]) {
    test(`${gap} ms apart, on every screen change of a whole journey`, async ({ page }) => {
      await page.goto('/');
      await expectWelcome(page, { focused: false });
      await expect(button(page, en.common.start)).toBeEnabled();

      await doubleTap(page, button(page, en.common.start), gap);
      for (const question of questionIds) {
        await expectQuestion(page, question);
        // Nothing the second tap could have hit: no answer, no error message.
        await expectChosen(page, question, []);
        await expect(page.getByText(en.questions[question].error)).toHaveCount(0);
        await answer(page, question, chosen(lowBackPain, question));
        await doubleTap(page, button(page, en.common.continue), gap);
      }
      await expectReview(page);
      await expectReviewAnswers(page, lowBackPain);
      await doubleTap(page, button(page, en.common.seeResults), gap);
      await expectResults(page);
      // The steps after the results: the second tap marks nothing on the next one.
      await doubleTap(page, button(page, enResults.values.next), gap);
      await expectValues(page);
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
      await doubleTap(page, button(page, en.common.continue), gap);
      await expectLeaning(page);
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
      await doubleTap(page, button(page, en.common.continue), gap);
      await expectSummary(page);
    });
  }
});

/**
 * Resolves once the browser has drawn a frame. A page gets its scroll events in a frame, so the
 * scroll Playwright makes to reach a box before ticking it can reach the page after the tick has
 * returned, and after a clock jump made at once: that late scroll is activity, and starts the
 * quiet time again from the time jumped to. The first report of an IntersectionObserver comes
 * only after a frame, and the fake clock does not hold it back.
 */
async function frameDrawn(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const seen = new IntersectionObserver(() => {
          seen.disconnect();
          resolve();
        });
        seen.observe(document.body);
      }),
  );
}

test.describe('idle erase', () => {
  test('warns after two quiet minutes; "I\'m still here" keeps the patient where they were', async ({ page }) => {
    await page.clock.install();
    await start(page, 'click', kiosk);
    await answer(page, 'redFlags', ['none']);
    await frameDrawn(page);

    await page.clock.fastForward('01:50');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.clock.fastForward('00:11');
    const warning = page.getByRole('alertdialog', { name: en.idle.title });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('button', { name: en.idle.stay })).toBeFocused();
    await expectNoViolations(page, 'idle warning');

    await page.clock.fastForward('00:20');
    await expect(warning).toContainText(/clear them in \d+ seconds/);
    await warning.getByRole('button', { name: en.idle.stay }).click();
    await expect(warning).toBeHidden();
    await expectChosen(page, 'redFlags', ['none']);
  });

  test('erases every answer, on screen and in storage, when nobody answers the warning', async ({ page }) => {
    await page.clock.install();
    await completeJourney(page, neckPain, 'click', kiosk);
    expect(await savedJourney(page)).not.toBeNull();

    await page.clock.fastForward('02:01');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.clock.fastForward('00:31');
    await expectWelcome(page);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    expect(await savedJourney(page)).toBeNull();

    // A reload, or the next patient's Start, finds nothing of the last one.
    await page.reload();
    await expectWelcome(page, { focused: false });
    await button(page, en.common.start).click();
    await expectQuestion(page, 'redFlags');
    await expectChosen(page, 'redFlags', []);
  });
});

async function choosePin(page: Page, pin: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: en.staff.setPinTitle })).toBeFocused();
  await page.waitForTimeout(tapSettleMs);
  await page.getByLabel(en.staff.pinLabel, { exact: true }).fill(pin);
  await page.getByLabel(en.staff.pinAgainLabel).fill(pin);
  await button(page, en.staff.savePin).click();
  await expect(page.getByRole('heading', { level: 1, name: en.staff.title })).toBeFocused();
  await page.waitForTimeout(tapSettleMs);
}

test.describe('hand-back and the front desk', () => {
  test('the patient hands back; staff read the summary and start the next patient', async ({ page }) => {
    await completeJourney(page, lowBackPain, 'click', kiosk);
    await expect(button(page, enResults.handBack.finished)).toHaveCount(0);
    await reachSummary(page, someMarks);
    await button(page, enResults.handBack.finished).click();
    await expect(page.getByRole('heading', { level: 1, name: enResults.handBack.title })).toBeFocused();
    await expectNoViolations(page, 'hand-back');

    await page.waitForTimeout(tapSettleMs);
    await button(page, enResults.handBack.staff).click();
    await expectNoViolations(page, 'choose a PIN');
    await choosePin(page, '4826');

    const summary = page.getByRole('region', { name: enResults.summary.title });
    await expect(summary).toContainText(enResults.guidance.diabetes);
    await expect(summary).toContainText(enResults.claims.headlineLowBack);
    await expect(summary).toContainText(enResults.summary.noName);
    await expect(summary).toContainText(`${enResults.values.items.quickRelief}${enResults.values.weights.aLot}`);
    await expect(summary).toContainText(enResults.leaning.options.notSure);
    await expect(summary).toContainText(enResults.leaning.nextSteps.support);
    await expectNoViolations(page, 'front desk');

    await button(page, en.staff.nextPatient).click();
    await expectWelcome(page);
    expect(await savedJourney(page)).toBeNull();
    await expect(page.locator('body')).not.toContainText(enResults.guidance.diabetes);
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    expect(stored).not.toContain('4826');
    expect(stored).not.toContain('diabetes');
  });

  test('a warning sign is said in large words on the hand-back screen', async ({ page }) => {
    await start(page, 'click', kiosk);
    await answer(page, 'redFlags', ['fever']);
    await button(page, en.common.continue).click();
    await expect(page.getByRole('heading', { level: 1, name: en.stop.title })).toBeFocused();
    await page.waitForTimeout(tapSettleMs);
    await button(page, enResults.handBack.finished).click();
    await expect(page.getByRole('heading', { level: 1, name: enResults.handBack.title })).toBeVisible();
    const note = page.getByRole('note');
    await expect(note).toContainText(enResults.handBack.clinicianTitle);
    // Read across a counter: the words are at least 32 px high.
    const size = await note
      .getByText(enResults.handBack.clinicianTitle)
      .evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(size)).toBeGreaterThanOrEqual(32);
    await expectNoViolations(page, 'hand-back with a warning sign');
  });

  test('three wrong PINs lock the staff screen for a minute, across a reload', async ({ page }) => {
    await page.clock.install();
    await page.goto(kiosk);
    await expect(button(page, en.staff.open)).toBeVisible();
    await button(page, en.staff.open).click();
    await choosePin(page, '1357');
    await button(page, en.staff.close).click();
    await expectWelcome(page);

    await button(page, en.staff.open).click();
    await expect(page.getByRole('heading', { level: 1, name: en.staff.pinTitle })).toBeFocused();
    await page.waitForTimeout(tapSettleMs);
    for (const left of [2, 1, 0]) {
      await page.getByLabel(en.staff.pinLabel, { exact: true }).fill('0000');
      await button(page, en.staff.unlock).click();
      if (left > 0) await expect(page.getByText(en.staff.pinWrong(left))).toBeVisible();
    }
    await expect(page.getByText(/Too many wrong tries/)).toBeVisible();
    await expect(page.getByLabel(en.staff.pinLabel, { exact: true })).toHaveCount(0);
    await expectNoViolations(page, 'locked out');

    await page.reload();
    await button(page, en.staff.open).click();
    await expect(page.getByText(/Too many wrong tries/)).toBeVisible();

    await page.clock.fastForward('01:01');
    await page.waitForTimeout(tapSettleMs);
    await page.getByLabel(en.staff.pinLabel, { exact: true }).fill('1357');
    await button(page, en.staff.unlock).click();
    await expect(page.getByRole('heading', { level: 1, name: en.staff.title })).toBeVisible();
  });
});

test('Start again, from a question, asks first and then clears everything', async ({ page }) => {
  await start(page);
  await answerQuestions(page, neckPain, { until: 'duration' });
  await button(page, en.common.startAgain).click();
  const dialog = page.getByRole('dialog', { name: en.restart.title });
  await expect(dialog.getByRole('button', { name: en.restart.cancel })).toBeFocused();
  await expectNoViolations(page, 'start again?');
  await page.waitForTimeout(tapSettleMs);
  await dialog.getByRole('button', { name: en.restart.confirm }).click();
  await expectWelcome(page);
  expect(await savedJourney(page)).toBeNull();
});

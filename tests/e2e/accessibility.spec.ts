// axe-core on every screen of the journey, at every project size. No rules are disabled.
import type { Page } from '@playwright/test';
import {
  answer,
  answerQuestions,
  answerSets,
  button,
  chosen,
  continueOn,
  en,
  enResults,
  expect,
  expectLeaning,
  expectQuestion,
  expectLaidOut,
  expectResults,
  expectReview,
  expectNoViolations,
  expectStop,
  expectValues,
  neckPain,
  openApp,
  questionIds,
  start,
  test,
  visitEveryScreen,
} from './journey';

test('welcome, each question and the error state', async ({ page }) => {
  await openApp(page);
  await expectNoViolations(page, 'welcome');

  await start(page);
  // The error state, on a tick-all question and on a one-answer question.
  await continueOn(page);
  await expect(page.getByText(en.questions.redFlags.error)).toBeVisible();
  await expectNoViolations(page, 'redFlags error');

  for (const [index, question] of questionIds.entries()) {
    // After the error, focus is on the first option rather than the heading.
    await expectQuestion(page, question, { focused: index > 0 });
    await expectNoViolations(page, question);
    if (question === 'place') {
      await continueOn(page);
      await expect(page.getByText(en.questions.place.error)).toBeVisible();
      await expectNoViolations(page, 'place error');
    }
    await answer(page, question, chosen(neckPain, question));
    await continueOn(page);
  }
  await expectReview(page);
  await expectNoViolations(page, 'check your answers');
});

test('the warning-signs screen, with and without the urgent alert', async ({ page }) => {
  await start(page);
  await answer(page, 'redFlags', ['fever', 'cancer']);
  await continueOn(page);
  await expectStop(page);
  await expectNoViolations(page, 'warning signs');

  await button(page, en.stop.backToAnswers).click();
  await expectQuestion(page, 'redFlags');
  await answer(page, 'redFlags', ['chestBreathing']);
  await continueOn(page);
  await expectStop(page);
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'warning signs with chest pain');
});

for (const { name, answers } of answerSets) {
  test(`check your answers and results: ${name}`, async ({ page }) => {
    await start(page);
    await answerQuestions(page, answers);
    await expectNoViolations(page, 'check your answers');
    await button(page, en.common.seeResults).click();
    await expectResults(page);
    await expectNoViolations(page, 'results');
  });
}

test('text enlarged to 200% reflows on every screen: no sideways scrolling, nothing cut off or overlapping', async ({
  page,
}) => {
  // The browser's own text size setting (what a patient changes), not a page zoom: 16 px becomes 32.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await visitEveryScreen(page, neckPain, async (screen) => {
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await expectLaidOut(page, screen, 'with text at 200%');
  });
});

/**
 * The screen a tap will show next is made ready ahead, in the page (src/ui/Journey.tsx). Until then
 * nobody may see it, read it with a screen reader, reach it with Tab, or scroll down to it.
 */
async function expectNothingAhead(page: Page, ahead: string, screen: string) {
  // Long enough for the page to have made the next screen ready at this machine's speed.
  await page.waitForTimeout(1500);
  await expect(page.getByRole('heading', { level: 1 }), `${screen}: one heading`).toHaveCount(1);
  await expect(page.getByText(ahead, { exact: true }), `${screen}: "${ahead}" out of sight`).toBeHidden();
  expect(await page.locator('body').ariaSnapshot(), `${screen}: "${ahead}" not read out`).not.toContain(ahead);
  const { scrollHeight, lastBottom } = await page.evaluate(() => {
    const shown = [...document.querySelectorAll('main *')].filter((element) =>
      element.checkVisibility({ visibilityProperty: true }),
    );
    const bottoms = shown.map((element) => element.getBoundingClientRect().bottom + window.scrollY);
    return {
      scrollHeight: document.documentElement.scrollHeight,
      lastBottom: Math.max(...bottoms, window.innerHeight),
    };
  });
  // The page ends where its last visible line does (plus the page's own bottom padding), or at
  // the bottom of the window when it is shorter than that.
  expect(scrollHeight - lastBottom, `${screen}: nothing to scroll to below the screen`).toBeLessThan(120);
  // Every stop of the Tab key is something the patient can see.
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return { name: 'the page', seen: true };
      const label = (element as HTMLInputElement).labels?.[0] ?? element;
      const seen = element.checkVisibility({ visibilityProperty: true }) && element.getBoundingClientRect().height > 0;
      return { name: label.textContent?.trim() ?? '', seen };
    });
    expect(stop.seen, `${screen}: Tab stop ${presses + 1}, "${stop.name}", can be seen`).toBe(true);
  }
}

test('the next screen, made ready ahead, can be neither seen, heard, reached nor scrolled to', async ({ page }) => {
  await openApp(page);
  await expectNothingAhead(page, en.questions.redFlags.options.none, 'welcome');
  await start(page);
  await answerQuestions(page, neckPain, { until: 'safety' });
  await expectNothingAhead(page, en.questions.place.options.upperBack, 'a question');
  // Tab has moved focus off the heading: the rest of the way checks it again on each new screen.
  await answer(page, 'safety', chosen(neckPain, 'safety'));
  await continueOn(page);
  await answerQuestions(page, neckPain, { from: 'place', until: 'exercise' });
  await expectNothingAhead(page, en.review.lead, 'the last question');
  await answer(page, 'exercise', chosen(neckPain, 'exercise'));
  await continueOn(page);
  await expectReview(page);
  await expectNothingAhead(page, en.results.willNotDo, 'check your answers');
  await button(page, en.common.seeResults).click();
  await expectResults(page);
  await expectNothingAhead(page, enResults.values.lead, 'the results');
  await button(page, enResults.values.next).click();
  await expectValues(page);
  await expectNothingAhead(page, enResults.leaning.lead, 'what matters to you');
  await continueOn(page);
  await expectLeaning(page);
  await expectNothingAhead(page, enResults.decisionSummary.lead, 'the leaning');
});

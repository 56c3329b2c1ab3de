// The whole journey with the keyboard only: Tab, Shift+Tab, Space, Enter and the arrow keys.
// The mouse is never used, and every element that takes focus must show it.
import type { Page } from '@playwright/test';
import {
  allOptions,
  chosen,
  en,
  expect,
  expectChosen,
  expectLeaning,
  expectQuestion,
  expectResults,
  expectReview,
  expectReviewAnswers,
  expectStop,
  expectSummary,
  expectValues,
  expectWelcome,
  labelOf,
  lowBackPain,
  openApp,
  pageHeading,
  questionIds,
  test,
  valueInput,
  type Answers,
  type QuestionId,
} from './journey';
import { enResults } from '../../src/content/enResults';

test.beforeEach(() => {
  // Keyboard-only use is tested once, at desktop size; phones and tablets are driven by touch.
  test.skip(test.info().project.name !== 'desktop', 'keyboard-only journeys run in the desktop project');
});

interface Focused {
  tag: string;
  name: string;
  indicator: boolean;
  style: string;
}

/** What has focus, its name as a patient would hear it, and whether a focus indicator shows. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', name: '', indicator: false, style: '' };
    // The name as heard: an input's label, or the text without the parts hidden from screen readers.
    const labelled = (element as HTMLInputElement).labels?.[0] ?? element;
    const copy = labelled.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    const name = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    return {
      tag: element.tagName.toLowerCase(),
      name,
      indicator: outline || shadow,
      style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
    };
  });
}

async function expectFocusVisible(page: Page): Promise<Focused> {
  const now = await focused(page);
  expect(now.indicator, `a focus indicator on <${now.tag}> "${now.name}" (${now.style})`).toBe(true);
  return now;
}

/** The step's heading has focus, and shows it: the keyboard starts from the top of each step. */
async function expectHeadingFocused(page: Page): Promise<void> {
  await expect(pageHeading(page)).toBeFocused();
  await expectFocusVisible(page);
}

/** Press Tab (or Shift+Tab) until the element with this name has focus, checking each stop shows focus. */
async function tabTo(page: Page, name: string, { backwards = false, tag }: { backwards?: boolean; tag?: string } = {}) {
  const seen: string[] = [];
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await expectFocusVisible(page);
    seen.push(`<${now.tag}> ${now.name}`);
    if (now.name === name && (tag === undefined || now.tag === tag)) return;
  }
  throw new Error(`Tab never reached "${name}". Focus went through:\n${seen.join('\n')}`);
}

/** Answer the question on screen with the keyboard: Space ticks boxes, arrow keys choose a radio. */
async function answerByKeyboard(page: Page, question: QuestionId, answers: Answers) {
  const options = chosen(answers, question);
  if (Array.isArray(answers[question])) {
    for (const option of options) {
      await tabTo(page, labelOf(question, option), { tag: 'input' });
      await page.keyboard.press('Space');
    }
    return;
  }
  // Tab enters a radio group on its first option (nothing chosen yet); the arrow keys move and choose.
  const option = options[0] ?? '';
  const target = allOptions(question).indexOf(option);
  await page.keyboard.press('Tab');
  expect((await expectFocusVisible(page)).name).toBe(labelOf(question, allOptions(question)[0] ?? ''));
  if (target === 0) await page.keyboard.press('Space');
  for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
  expect((await expectFocusVisible(page)).name).toBe(labelOf(question, option));
}

test('the whole journey by keyboard, with focus shown at every stop', async ({ page }) => {
  const answers = lowBackPain;
  await openApp(page);

  // The first Tab reaches the link to the page in Spanish, the next Start; Enter starts.
  await page.keyboard.press('Tab');
  expect((await expectFocusVisible(page)).name).toBe('Español');
  await page.keyboard.press('Tab');
  expect((await expectFocusVisible(page)).name).toBe(en.common.start);
  await page.keyboard.press('Enter');

  for (const [index, question] of questionIds.entries()) {
    await expectQuestion(page, question);
    await expectHeadingFocused(page);
    await answerByKeyboard(page, question, answers);
    await expectChosen(page, question, chosen(answers, question));
    await tabTo(page, en.common.continue);
    // Continue is pressed with Enter on some steps and Space on others: both must work.
    await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
  }

  await expectReview(page);
  await expectHeadingFocused(page);
  await expectReviewAnswers(page, answers);

  // Change one answer from the review, by keyboard.
  await tabTo(page, `${en.common.change} ${en.questions.duration.reviewLabel}`);
  await page.keyboard.press('Enter');
  await expectQuestion(page, 'duration');
  await expectHeadingFocused(page);
  await tabTo(page, labelOf('duration', 'under6Weeks'));
  await page.keyboard.press('ArrowDown');
  await expectChosen(page, 'duration', ['sixWeeksTo3Months']);
  // Enter on a radio submits the form, as in any browser form.
  await page.keyboard.press('Enter');
  await expectReview(page);
  await expectHeadingFocused(page);
  await expectReviewAnswers(page, { ...answers, duration: 'sixWeeksTo3Months' });

  await tabTo(page, en.common.seeResults);
  await page.keyboard.press('Enter');
  await expectResults(page);
  await expectHeadingFocused(page);

  // Through every reference link to the way on, at the end of the page.
  await tabTo(page, enResults.values.next);
  await page.keyboard.press('Enter');
  await expectValues(page);
  await expectHeadingFocused(page);
  // Tab enters the first group on its first answer; Space chooses it.
  await page.keyboard.press('Tab');
  expect((await expectFocusVisible(page)).name).toBe(enResults.values.weights.aLot);
  await page.keyboard.press('Space');
  await expect(valueInput(page, 'quickRelief', 'aLot')).toBeChecked();
  await tabTo(page, en.common.continue);
  await page.keyboard.press('Enter');
  await expectLeaning(page);
  await expectHeadingFocused(page);
  await tabTo(page, en.common.continue);
  await page.keyboard.press('Enter');
  await expectSummary(page);
  await expectHeadingFocused(page);

  // Past the QR code and Print to Start again at the end of the summary.
  await tabTo(page, en.common.startAgain);
  await page.keyboard.press('Enter');
  // It asks first, with focus on the choice that keeps the answers.
  await expect(page.getByRole('dialog', { name: en.restart.title })).toBeVisible();
  expect((await expectFocusVisible(page)).name).toBe(en.restart.cancel);
  await tabTo(page, en.restart.confirm);
  await page.keyboard.press('Enter');
  await expectWelcome(page);
  await expectHeadingFocused(page);
});

test('Back by keyboard, and the warning-signs stop', async ({ page }) => {
  await openApp(page);
  await tabTo(page, en.common.start);
  await page.keyboard.press('Enter');
  await expectQuestion(page, 'redFlags');

  // Continue with nothing ticked: the error, and focus on the first option.
  await tabTo(page, en.common.continue);
  await page.keyboard.press('Enter');
  await expect(page.getByText(en.questions.redFlags.error)).toBeVisible();
  expect((await expectFocusVisible(page)).name).toBe(labelOf('redFlags', 'fever'));
  await page.keyboard.press('Space');
  await tabTo(page, en.common.continue);
  await page.keyboard.press('Enter');

  await expectStop(page);
  await expectHeadingFocused(page);
  // Back is above the heading: one Shift+Tab.
  await tabTo(page, en.common.back, { backwards: true });
  await page.keyboard.press('Enter');
  await expectQuestion(page, 'redFlags');
  await expectHeadingFocused(page);
  await expectChosen(page, 'redFlags', ['fever']);

  // Untick by keyboard, tick "None of these", go on, then Back again from question 2.
  await tabTo(page, labelOf('redFlags', 'fever'));
  await page.keyboard.press('Space');
  await tabTo(page, labelOf('redFlags', 'none'));
  await page.keyboard.press('Space');
  await expectChosen(page, 'redFlags', ['none']);
  await tabTo(page, en.common.continue);
  await page.keyboard.press('Enter');
  await expectQuestion(page, 'safety');
  await expectHeadingFocused(page);
  await tabTo(page, en.common.back, { backwards: true });
  await page.keyboard.press('Space');
  await expectQuestion(page, 'redFlags');
  await expectHeadingFocused(page);
});

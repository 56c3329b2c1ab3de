// Shared steps for the browser tests: find things the way a patient does, by role and visible
// label. The words come from the content file, so a copy edit does not break the tests; what is
// tested is the journey, not the wording.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { en } from '../../src/content/en';
import { enResults } from '../../src/content/enResults';
import {
  questionIds,
  type LeaningOption,
  type QuestionId,
  type SureAnswer,
  type SureId,
  type ValueId,
  type ValueWeight,
} from '../../src/content/schema';
import { isMulti, optionsOf, type CompleteAnswers } from '../../src/domain/answers';
import { tapSettleMs } from '../../src/ui/useTapSettle';
import { answerSets, kneeInjuryNoNeedles, lowBackPain, neckPain } from '../answerSets';
import { appOrigin } from './origin';

export { expect };
export {
  answerSets,
  appOrigin,
  en,
  enResults,
  kneeInjuryNoNeedles,
  lowBackPain,
  neckPain,
  questionIds,
  type QuestionId,
};

export const storageKey = 'dry-needling-journey';

export type Way = 'click' | 'tap';

interface AppGuard {
  /** Every URL the page requested, in order. */
  readonly requests: readonly string[];
  /**
   * Console errors or warnings this test causes on purpose (a failed download, a URL parameter the
   * app ignores): matching ones are not problems.
   */
  readonly expectConsoleMessages: (pattern: RegExp) => void;
}

/**
 * Every test watches the page: no request may leave the app's origin, the test's baseURL (data: URLs are inline),
 * and the console must stay free of errors and warnings. A patient's answers go nowhere.
 */
export const test = base.extend<{ appGuard: AppGuard }>({
  appGuard: [
    async ({ page, baseURL }, provide) => {
      const origin = new URL(baseURL ?? appOrigin).origin;
      const requests: string[] = [];
      const problems: string[] = [];
      const expected: RegExp[] = [];
      page.on('request', (request) => {
        const url = request.url();
        requests.push(url);
        const parsed = new URL(url);
        if (parsed.protocol !== 'data:' && parsed.origin !== origin) {
          problems.push(`request to another origin: ${request.method()} ${url}`);
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          if (expected.some((pattern) => pattern.test(message.text()))) return;
          const where = message.location();
          problems.push(`console ${message.type()}: ${message.text()} (${where.url}:${where.lineNumber})`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
      await provide({ requests, expectConsoleMessages: (pattern) => expected.push(pattern) });
      expect(problems, 'no request left the app, and no console errors, warnings or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

// ---- Answers -------------------------------------------------------------------------------

/** Option ids for each question: an array for the tick-all questions, one id for the others. */
export type Answers = CompleteAnswers;

/** The options chosen for a question, as a list of ids. */
export function chosen(answers: Partial<Answers>, question: QuestionId): readonly string[] {
  const value: unknown = answers[question];
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as string[]) : [value as string];
}

export function labelOf(question: QuestionId, option: string): string {
  const label = (en.questions[question].options as Readonly<Record<string, string>>)[option];
  if (label === undefined) throw new Error(`${question} has no option ${option}`);
  return label;
}

// ---- Finding things ------------------------------------------------------------------------

export const pageHeading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

export const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });

/** The question's fieldset: its legend is "Question N of 8" and the question itself. */
export const questionGroup = (page: Page, question: QuestionId): Locator =>
  page.getByRole('group', { name: en.questions[question].title });

export function optionInput(page: Page, question: QuestionId, option: string): Locator {
  return questionGroup(page, question).getByRole(isMulti(question) ? 'checkbox' : 'radio', {
    name: labelOf(question, option),
    exact: true,
  });
}

export function allOptions(question: QuestionId): readonly string[] {
  return optionsOf[question] as readonly string[];
}

// ---- Checking where we are -----------------------------------------------------------------

interface Arrival {
  /** Focus moves to the heading after each step, but not on a fresh load or reload. */
  readonly focused?: boolean;
}

async function expectHeading(page: Page, title: string, { focused = true }: Arrival): Promise<void> {
  const heading = pageHeading(page);
  await expect(heading).toHaveText(title);
  if (focused) await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(title === en.appTitle ? en.appTitle : `${title} - ${en.appTitle}`);
  // A new screen ignores taps for a moment (a double tap must not answer it); a person takes
  // longer than that to read it, a script does not.
  await page.waitForTimeout(tapSettleMs);
}

export async function expectWelcome(page: Page, arrival: Arrival = {}): Promise<void> {
  await expectHeading(page, en.welcome.title, arrival);
  await expect(button(page, en.common.start)).toBeVisible();
}

export async function expectQuestion(page: Page, question: QuestionId, arrival: Arrival = {}): Promise<void> {
  const position = questionIds.indexOf(question) + 1;
  await expectHeading(page, en.questions[question].title, arrival);
  await expect(page.getByText(en.common.progress(position, questionIds.length), { exact: true })).toBeVisible();
  await expect(questionGroup(page, question)).toBeVisible();
}

export async function expectReview(page: Page, arrival: Arrival = {}): Promise<void> {
  await expectHeading(page, en.review.title, arrival);
}

export async function expectStop(page: Page, arrival: Arrival = {}): Promise<void> {
  await expectHeading(page, en.stop.title, arrival);
}

export async function expectResults(page: Page, arrival: Arrival = {}): Promise<void> {
  await expectHeading(page, en.results.title, arrival);
  await expect(page.getByRole('region', { name: en.results.willNotDo })).toBeVisible();
}

export async function expectValues(page: Page, arrival: Arrival = {}): Promise<void> {
  await expectHeading(page, enResults.values.title, arrival);
}

export async function expectLeaning(page: Page, arrival: Arrival = {}): Promise<void> {
  await expectHeading(page, enResults.leaning.title, arrival);
}

export async function expectSummary(page: Page, arrival: Arrival = {}): Promise<void> {
  await expectHeading(page, enResults.decisionSummary.title, arrival);
  await expect(page.getByRole('region', { name: enResults.summary.title })).toBeVisible();
}

/** Exactly these options are ticked or chosen on the question page (compared by option id). */
export async function expectChosen(page: Page, question: QuestionId, options: readonly string[]): Promise<void> {
  const inputs = questionGroup(page, question).getByRole(isMulti(question) ? 'checkbox' : 'radio');
  await expect(inputs).toHaveCount(allOptions(question).length);
  const expected = allOptions(question).filter((option) => options.includes(option));
  await expect
    .poll(() =>
      inputs.evaluateAll((all) =>
        all.filter((input) => (input as HTMLInputElement).checked).map((input) => (input as HTMLInputElement).value),
      ),
    )
    .toEqual(expected);
}

/** The Change button of a question on the Check your answers page. */
export const changeButton = (page: Page, question: QuestionId): Locator =>
  button(page, `${en.common.change} ${en.questions[question].reviewLabel}`);

/**
 * Check your answers lists each question's label, then the answer in words (one answer as plain
 * text, several as a list, one item each), then its Change button.
 */
export async function expectReviewAnswers(page: Page, answers: Answers): Promise<void> {
  await expect(page.getByRole('term')).toHaveText(questionIds.map((question) => en.questions[question].reviewLabel));
  const definitions = page.getByRole('definition');
  await expect(definitions).toHaveCount(questionIds.length * 2);
  for (const [index, question] of questionIds.entries()) {
    const words = chosen(answers, question).map((option) => labelOf(question, option));
    const answer = definitions.nth(index * 2);
    if (words.length > 1) await expect(answer.getByRole('listitem')).toHaveText(words);
    else await expect(answer).toHaveText(words[0] ?? '');
    await expect(definitions.nth(index * 2 + 1)).toHaveText(
      `${en.common.change} ${en.questions[question].reviewLabel}`,
    );
  }
}

// ---- Accessibility ------------------------------------------------------------------------

/**
 * Nothing on the screen is cut off or outside it, and no two things a patient can press or read
 * as a label cover each other.
 */
export async function expectLaidOut(page: Page, screen: string, how: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) found.push('the page scrolls sideways');
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = [...document.querySelectorAll('main h1, main h2, main p, main li, main label, main button, main a')]
      .filter((element) => element.checkVisibility())
      .map((element) => ({ element, box: element.getBoundingClientRect() }));
    for (const { element, box } of visible) {
      if (box.left < -1 || box.right > width + 1) found.push(`${describe(element)} is outside the screen`);
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
        found.push(`${describe(element)} is cut off`);
      }
    }
    const pressable = visible.filter(({ element }) => element.matches('button, a, label'));
    for (const [index, a] of pressable.entries()) {
      for (const b of pressable.slice(index + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (overlapX > 1 && overlapY > 1) found.push(`${describe(a.element)} overlaps ${describe(b.element)}`);
      }
    }
    return found;
  });
  expect.soft(problems, `layout problems on the ${screen} screen, ${how}`).toEqual([]);
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe on the screen as it is now; a failure lists each rule, its help text and the elements. */
export async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(wcagTags)
    // The app has no frames, so axe can run in the page itself. The default mode opens a blank
    // page for every check to merge results across frames: the same rules, but 2 s slower each.
    .setLegacyMode()
    .analyze();
  const report = violations.map((violation) =>
    [
      `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
      `  ${violation.helpUrl}`,
      ...violation.nodes.map(
        (node) => `  - ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`,
      ),
    ].join('\n'),
  );
  expect.soft(report, `axe violations on the ${screen} screen:\n${report.join('\n')}`).toEqual([]);
}

// ---- Doing things --------------------------------------------------------------------------

async function press(target: Locator, way: Way): Promise<void> {
  if (way === 'tap') await target.tap();
  else await target.click();
}

/** Load the app and wait until it has taken over the prerendered page: Start is enabled then. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expectWelcome(page, { focused: false });
  await expect(button(page, en.common.start)).toBeEnabled();
}

export async function start(page: Page, way: Way = 'click', path = '/'): Promise<void> {
  await openApp(page, path);
  await press(button(page, en.common.start), way);
  await expectQuestion(page, 'redFlags');
}

/** Tick or choose these options (ticking an already ticked box would untick it: not done here). */
export async function answer(page: Page, question: QuestionId, options: readonly string[], way: Way = 'click') {
  for (const option of options) {
    const input = optionInput(page, question, option);
    if (way === 'tap') {
      await input.tap();
      await expect(input).toBeChecked();
    } else {
      await input.check();
    }
  }
}

export async function continueOn(page: Page, way: Way = 'click'): Promise<void> {
  await press(button(page, en.common.continue), way);
}

/** Start again from any screen: the button at the top, then Yes in the dialog that asks first. */
export async function startAgain(page: Page, way: Way = 'click'): Promise<void> {
  await press(button(page, en.common.startAgain).first(), way);
  const dialog = page.getByRole('dialog', { name: en.restart.title });
  await expect(dialog).toBeVisible();
  await page.waitForTimeout(tapSettleMs);
  await press(dialog.getByRole('button', { name: en.restart.confirm }), way);
}

export async function back(page: Page, way: Way = 'click'): Promise<void> {
  await press(button(page, en.common.back), way);
}

/**
 * Answer the questions in order, from the one on screen, and Continue after each. Stops on the
 * question `until` (not answered) or, without it, on the Check your answers page.
 */
export async function answerQuestions(
  page: Page,
  answers: Partial<Answers>,
  { from = 'redFlags', until, way = 'click' }: { from?: QuestionId; until?: QuestionId; way?: Way } = {},
): Promise<void> {
  for (const question of questionIds.slice(questionIds.indexOf(from))) {
    await expectQuestion(page, question);
    if (question === until) return;
    await answer(page, question, chosen(answers, question), way);
    await continueOn(page, way);
  }
  await expectReview(page);
}

/** From the welcome page to the results. */
export async function completeJourney(page: Page, answers: Answers, way: Way = 'click', path = '/'): Promise<void> {
  await start(page, way, path);
  await answerQuestions(page, answers, { way });
  await press(button(page, en.common.seeResults), way);
  await expectResults(page);
}

/** What a patient marks after the results: how much things matter, a leaning, SURE answers. */
export interface Marks {
  readonly values?: readonly (readonly [ValueId, ValueWeight])[];
  readonly leaning?: LeaningOption;
  readonly sure?: readonly (readonly [SureId, SureAnswer])[];
}

export const someMarks: Marks = {
  values: [
    ['quickRelief', 'aLot'],
    ['avoidNeedles', 'aLittle'],
    ['sideEffects', 'notMuch'],
  ],
  leaning: 'notSure',
  sure: [
    ['sure', 'no'],
    ['informed', 'yes'],
    ['valuesClear', 'yes'],
    ['support', 'no'],
  ],
};

export const valueInput = (page: Page, value: ValueId, weight: ValueWeight): Locator =>
  page
    .getByRole('group', { name: enResults.values.items[value], exact: true })
    .getByRole('radio', { name: enResults.values.weights[weight], exact: true });

export const sureInput = (page: Page, question: SureId, answer: SureAnswer): Locator =>
  page
    .getByRole('group', { name: enResults.leaning.sure[question], exact: true })
    .getByRole('radio', { name: enResults.leaning.answers[answer], exact: true });

async function check(input: Locator, way: Way): Promise<void> {
  if (way === 'tap') await input.tap();
  else await input.check();
  await expect(input).toBeChecked();
}

export async function markValues(page: Page, marks: Marks, way: Way = 'click'): Promise<void> {
  for (const [value, weight] of marks.values ?? []) await check(valueInput(page, value, weight), way);
}

export async function markLeaning(page: Page, marks: Marks, way: Way = 'click'): Promise<void> {
  if (marks.leaning) {
    await check(page.getByRole('radio', { name: enResults.leaning.options[marks.leaning], exact: true }), way);
  }
  for (const [question, answer] of marks.sure ?? []) await check(sureInput(page, question, answer), way);
}

/** From the results to the summary, marking what is given on the way. */
export async function reachSummary(page: Page, marks: Marks = {}, way: Way = 'click'): Promise<void> {
  await press(button(page, enResults.values.next), way);
  await expectValues(page);
  await markValues(page, marks, way);
  await continueOn(page, way);
  await expectLeaning(page);
  await markLeaning(page, marks, way);
  await continueOn(page, way);
  await expectSummary(page);
}

export async function savedJourney(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.sessionStorage.getItem(key), storageKey);
}

/**
 * Walk through every screen a patient can see, calling `visit` on each: the welcome page, the
 * first question's error, each question (unanswered), the review, the results, what matters,
 * the leaning (with a SURE "no" and its suggestion), the summary, and the warning-signs stop
 * with its urgent alert.
 */
export async function visitEveryScreen(
  page: Page,
  answers: Answers,
  visit: (screen: string) => Promise<void>,
  way: Way = 'click',
): Promise<void> {
  await openApp(page);
  await visit('welcome');
  await press(button(page, en.common.start), way);

  for (const [index, question] of questionIds.entries()) {
    const name = `question-${index + 1}-${question}`;
    if (index === 0) {
      await expectQuestion(page, question);
      await continueOn(page, way);
      await expect(page.getByText(en.questions[question].error)).toBeVisible();
      await visit(`${name}-error`);
      await answer(page, question, chosen(answers, question), way);
      await expect(page.getByText(en.questions[question].error)).toBeHidden();
      await visit(`${name}-answered`);
    } else {
      await expectQuestion(page, question);
      await visit(name);
      await answer(page, question, chosen(answers, question), way);
    }
    await continueOn(page, way);
  }

  await expectReview(page);
  await visit('check-answers');
  await press(button(page, en.common.seeResults), way);
  await expectResults(page);
  await visit('results');

  await press(button(page, enResults.values.next), way);
  await expectValues(page);
  await markValues(page, { values: someMarks.values?.slice(0, 1) ?? [] }, way);
  await visit('values');
  await continueOn(page, way);
  await expectLeaning(page);
  await markLeaning(page, someMarks, way);
  await expect(page.getByRole('region', { name: enResults.leaning.nextStepsTitle })).toBeVisible();
  await visit('leaning');
  await continueOn(page, way);
  await expectSummary(page);
  await visit('summary');

  await startAgain(page, way);
  await expectWelcome(page);
  await press(button(page, en.common.start), way);
  await expectQuestion(page, 'redFlags');
  await answer(page, 'redFlags', ['weightLoss', 'chestBreathing'], way);
  await continueOn(page, way);
  await expectStop(page);
  await visit('warning-signs');
}

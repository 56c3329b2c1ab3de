// Spanish, the language links, `?lang=`, and a right-to-left layout, in the built app.
import type { Page } from '@playwright/test';
import { es } from '../../src/content/es';
import { esResults } from '../../src/content/esResults';
import type { Content } from '../../src/content/schema';
import { tapSettleMs } from '../../src/ui/useTapSettle';
import {
  answerSets,
  appOrigin,
  chosen,
  en,
  enResults,
  expect,
  expectLaidOut,
  expectNoViolations,
  lowBackPain,
  openApp,
  pageHeading,
  questionIds,
  startAgain,
  test,
  visitEveryScreen,
} from './journey';

/** Every piece of text in a content object, functions called with sample numbers. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings((value as (...numbers: number[]) => unknown)(2, 8));
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const spanish = new Set(strings([es, esResults]));
/** English text of three words or more that Spanish does not share: none may show on a Spanish page. */
const english = [...new Set(strings([en, enResults]))].filter(
  (text) => text.trim().split(/\s+/).length >= 3 && !spanish.has(text),
);

async function expectNoEnglish(page: Page, screen: string): Promise<void> {
  const shown = await page.locator('body').innerText();
  const left = english.filter((text) => shown.includes(text));
  expect(left, `English left on the Spanish ${screen} screen`).toEqual([]);
}

const buttonNamed = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
/** A new screen with this heading, once it takes taps (it ignores those begun on the screen before). */
async function expectHeading(page: Page, text: string): Promise<void> {
  await expect(pageHeading(page)).toHaveText(text);
  await page.waitForTimeout(tapSettleMs);
}

function labelIn(content: Content, question: (typeof questionIds)[number], option: string): string {
  return (content.questions[question].options as Record<string, string>)[option] ?? option;
}

test('a Spanish visit paints in Spanish from the start, before any script runs', async ({ page, request }) => {
  const html = await (await request.get('/es.html')).text();
  expect(html).toContain('<html lang="es" dir="ltr">');
  expect(html).toContain(`<title>${es.appTitle}</title>`);
  expect(html).toMatch(new RegExp(`<h1[^>]*>${es.welcome.title.replace(/[?¿]/g, '\\$&')}</h1>`));
  expect(html).not.toContain(en.welcome.lead);

  await page.goto('/es.html');
  await expectHeading(page, es.welcome.title);
  await expect(buttonNamed(page, es.common.start)).toBeEnabled();
  await expect(page).toHaveTitle(es.appTitle);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('every screen of a Spanish journey is in Spanish, with no English left, and passes axe', async ({ page }) => {
  const answers = lowBackPain;
  await page.goto('/es.html');
  await expect(buttonNamed(page, es.common.start)).toBeEnabled();
  await expectNoEnglish(page, 'welcome');
  await expectNoViolations(page, 'Spanish welcome');
  await buttonNamed(page, es.common.start).click();

  for (const [index, question] of questionIds.entries()) {
    await expectHeading(page, es.questions[question].title);
    if (index === 0) {
      await buttonNamed(page, es.common.continue).click();
      await expect(page.getByText(es.questions[question].error)).toBeVisible();
      await expectNoEnglish(page, `${question} with its error`);
      await expectNoViolations(page, `Spanish ${question} with its error`);
    } else {
      await expectNoEnglish(page, question);
    }
    for (const option of chosen(answers, question)) {
      await page
        .getByRole('group')
        .getByLabel(labelIn(es, question, option), { exact: true })
        .check();
    }
    await buttonNamed(page, es.common.continue).click();
  }

  await expectHeading(page, es.review.title);
  await expectNoEnglish(page, 'check your answers');
  await buttonNamed(page, es.common.seeResults).click();
  await expectHeading(page, es.results.title);
  await expect(page.getByText(esResults.claims.headlineLowBack)).toBeVisible();
  await expect(page.getByRole('region', { name: es.results.safetyTitle })).toContainText(esResults.guidance.diabetes);
  // The rest of the page follows the top in the background: wait for its last part.
  await expect(page.getByRole('heading', { name: es.results.aboutTitle })).toBeVisible();
  await expectNoEnglish(page, 'results');
  await expectNoViolations(page, 'Spanish results');
});

test('the welcome screen links to the other language, keeping the mode and naming the choice', async ({ page }) => {
  await openApp(page, '/?mode=kiosk');
  const languages = page.getByRole('navigation', { name: en.welcome.languages });
  await languages.getByRole('link', { name: 'Español' }).click();
  // The link names the patient's choice, so it beats the tablet's own language.
  await expect(page).toHaveURL(`${appOrigin}/es.html?mode=kiosk&lang=es`);
  await expectHeading(page, es.welcome.title);
  await expect(buttonNamed(page, es.common.start)).toBeEnabled();

  await page.getByRole('navigation', { name: es.welcome.languages }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${appOrigin}/?mode=kiosk&lang=en`);
  await expectHeading(page, en.welcome.title);
});

test('?lang=es opens the Spanish page, keeping the rest of the address', async ({ page }) => {
  await page.goto('/?mode=kiosk&lang=es');
  await expect(page).toHaveURL(`${appOrigin}/es.html?mode=kiosk&lang=es`);
  await expectHeading(page, es.welcome.title);
  await expect(buttonNamed(page, es.common.start)).toBeEnabled();

  await page.goto('/es.html?lang=en');
  await expect(page).toHaveURL(`${appOrigin}/?lang=en`);
  await expectHeading(page, en.welcome.title);
});

test('an unknown ?lang= is ignored quietly: English, and a warning for the console only', async ({
  page,
  appGuard,
}) => {
  appGuard.expectConsoleMessages(/Ignored the URL parameter lang/);
  await openApp(page, '/?lang=klingon');
  await expect(page).toHaveURL(`${appOrigin}/?lang=klingon`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the front desk sets the tablet to Spanish: each next patient starts in Spanish, whatever the last chose', async ({
  page,
}) => {
  await openApp(page, '/?mode=kiosk');
  await buttonNamed(page, en.staff.open).click();
  await expectHeading(page, en.staff.setPinTitle);
  await page.getByLabel(en.staff.pinLabel, { exact: true }).fill('4826');
  await page.getByLabel(en.staff.pinAgainLabel).fill('4826');
  await buttonNamed(page, en.staff.savePin).click();
  await expectHeading(page, en.staff.title);
  await page.getByLabel(en.staff.language).selectOption({ label: 'Español' });
  await buttonNamed(page, en.staff.save).click();
  await expect(page.getByRole('status').filter({ hasText: en.staff.saved })).toBeVisible();
  await buttonNamed(page, en.staff.nextPatient).click();
  await expect(page).toHaveURL(`${appOrigin}/es.html?mode=kiosk`);
  await expectHeading(page, es.welcome.title);
  await expect(buttonNamed(page, es.common.start)).toBeEnabled();

  // A patient picks English, starts, then starts again: the next patient gets Spanish.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${appOrigin}/?mode=kiosk&lang=en`);
  await expect(buttonNamed(page, en.common.start)).toBeEnabled();
  await buttonNamed(page, en.common.start).click();
  await expectHeading(page, en.questions.redFlags.title);
  await startAgain(page);
  await expect(page).toHaveURL(`${appOrigin}/es.html?mode=kiosk`);
  await expectHeading(page, es.welcome.title);
});

test('right to left: every screen mirrors, with nothing overlapping or cut off', async ({ page }) => {
  // The page as a right-to-left language would get it: only `dir` changes.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text()).replace('dir="ltr"', 'dir="rtl"');
    return route.fulfill({ response, body });
  });
  const [set] = answerSets;
  if (!set) throw new Error('no answer set');
  await visitEveryScreen(page, set.answers, async (screen) => {
    await expectLaidOut(page, screen, 'right to left');
    if (screen === 'results') {
      // The layout is mirrored, not just the text direction: Start again sits at the left.
      const restart = await buttonNamed(page, en.common.startAgain).first().boundingBox();
      const width = page.viewportSize()?.width ?? 0;
      expect(restart && restart.x + restart.width / 2).toBeLessThan(width / 2);
    }
  });
});

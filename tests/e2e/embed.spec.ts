// The decision aid on a clinic's website: demo/index.html, served on an origin of its own (the
// next port, playwright.config.ts), with the app pasted in through embed.js. The app is served
// with the headers the README asks deployers for, so a header that breaks the embed fails here.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test as base, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { isMulti } from '../../src/domain/answers';
import { tapSettleMs } from '../../src/ui/useTapSettle';
import { appOrigin, chosen, en, expect, labelOf, lowBackPain, neckPain, questionIds, type Answers } from './journey';
import { enResults } from '../../src/content/enResults';

const clinicOrigin = `http://localhost:${Number(new URL(appOrigin).port) + 1}`;
/** An origin with nothing on it: the pages a test needs there are made up by the test itself. */
const strangerOrigin = `http://localhost:${Number(new URL(appOrigin).port) + 9}`;

/**
 * The app's response headers, as the README asks deployers for: the policy the build writes (with
 * the hashes of its inline style and script), and a second policy naming this clinic's origin.
 */
const appHeaders = {
  'content-security-policy': [
    readFileSync(new URL('../../dist/.vite/csp.txt', import.meta.url), 'utf8').trim(),
    `frame-ancestors ${clinicOrigin}`,
  ].join(', '),
  'referrer-policy': 'no-referrer',
};

interface Guard {
  /** Warnings the test expects in the console (a clinic's mistake is reported there). */
  readonly consoleWarnings: { readonly expected: readonly RegExp[] };
}

/**
 * Every test watches the page and its frames: no request leaves the two origins, no console error,
 * and no console warning but those the test expects, each of which must appear.
 */
const test = base.extend<Guard & { guard: undefined }>({
  consoleWarnings: [{ expected: [] }, { option: true }],
  guard: [
    async ({ page, consoleWarnings }, use) => {
      const expectedWarnings = consoleWarnings.expected;
      const problems: string[] = [];
      const warnings: string[] = [];
      await page.route(`${appOrigin}/**`, async (route) => {
        if (route.request().resourceType() !== 'document') return route.fallback();
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...appHeaders } });
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && ![appOrigin, clinicOrigin, strangerOrigin].includes(url.origin)) {
          problems.push(`request to another origin: ${request.url()}`);
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => problems.push(`a browser dialog: ${dialog.message()}`));
      await use(undefined);
      expect(problems, 'no stray request, console error or page error').toEqual([]);
      const unexpected = warnings.filter((text) => !expectedWarnings.some((pattern) => pattern.test(text)));
      expect(unexpected, 'no console warning but those expected').toEqual([]);
      for (const pattern of expectedWarnings) {
        expect(
          warnings.some((text) => pattern.test(text)),
          `a console warning ${pattern}`,
        ).toBe(true);
      }
    },
    { auto: true },
  ],
});

// ---- The page, the frame, and the app in it --------------------------------------------------

const frameElement = (page: Page): Locator => page.getByTitle(en.appTitle);
const guide = (page: Page): FrameLocator => frameElement(page).contentFrame();
const heading = (page: Page): Locator => guide(page).getByRole('heading', { level: 1 });
const button = (page: Page, name: string): Locator => guide(page).getByRole('button', { name, exact: true });

/** The frame as a Playwright Frame, to run code inside it. */
async function appFrame(page: Page): Promise<Frame> {
  const frame = await (await frameElement(page).elementHandle())?.contentFrame();
  if (!frame) throw new Error('The guide has no frame');
  return frame;
}

/**
 * The demo clinic page, or one of tests/e2e/clinic-pages/ (its snippet with other options). Served
 * from the clinic's server: a page the test makes up itself would not count as on this machine,
 * and Chromium would not let it load the app from here.
 */
async function openClinicPage(page: Page, testPage?: string): Promise<void> {
  await page.goto(`${clinicOrigin}/${testPage === undefined ? '' : `test/${testPage}.html`}`);
  await expect(frameElement(page)).toBeVisible();
  await expect(button(page, en.common.start)).toBeEnabled();
}

/** The frame is exactly as tall as what is in it: no inner scrollbar, nothing cut off. */
async function expectFrameFits(page: Page): Promise<number> {
  const inside = await appFrame(page);
  const content = () => inside.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outside = () => frameElement(page).evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
  await expect.poll(async () => (await outside()) - (await content())).toBe(0);
  return outside();
}

async function expectStep(page: Page, title: string): Promise<void> {
  await expect(heading(page)).toHaveText(title);
  await expect(heading(page)).toBeFocused();
  await page.waitForTimeout(tapSettleMs);
}

/** From the results on to the summary, marking nothing: every step after the results may be skipped. */
async function toSummary(page: Page): Promise<void> {
  await button(page, enResults.values.next).click();
  await expectStep(page, enResults.values.title);
  await button(page, en.common.continue).click();
  await expectStep(page, enResults.leaning.title);
  await button(page, en.common.continue).click();
  await expectStep(page, enResults.decisionSummary.title);
}

async function answerQuestion(page: Page, question: (typeof questionIds)[number], answers: Answers): Promise<void> {
  const group = guide(page).getByRole('group', { name: en.questions[question].title });
  for (const option of chosen(answers, question)) {
    await group
      .getByRole(isMulti(question) ? 'checkbox' : 'radio', { name: labelOf(question, option), exact: true })
      .check();
  }
  await button(page, en.common.continue).click();
}

/** The frame's top edge, in the page's viewport. */
const frameTop = (page: Page) => frameElement(page).evaluate((frame) => frame.getBoundingClientRect().top);
const pageScroll = (page: Page) => page.evaluate(() => window.scrollY);

/** Collects the guide's DOM events on the clinic's page, from before the page loads. */
async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript((clinic) => {
    if (window.location.origin !== clinic) return;
    const events: unknown[] = [];
    Object.assign(window, { guideEvents: events });
    for (const type of ['ready', 'resize', 'step', 'finished']) {
      document.addEventListener(`dryneedling:${type}`, (event) => {
        events.push({ type: event.type, detail: (event as CustomEvent<unknown>).detail });
      });
    }
  }, clinicOrigin);
}

interface GuideEvent {
  readonly type: string;
  readonly detail: Record<string, unknown>;
}
const guideEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { guideEvents: GuideEvent[] }).guideEvents);

/** Records the target origin of every message the app posts to the page around it. */
async function recordPosts(page: Page): Promise<void> {
  await page.addInitScript((app) => {
    if (window.location.origin !== app || window.parent === window) return;
    const parent = window.parent;
    const targets: string[] = [];
    Object.assign(window, { postedTo: targets });
    const postMessage = (message: unknown, targetOrigin: string) => {
      targets.push(targetOrigin);
      parent.postMessage(message, targetOrigin);
    };
    Object.defineProperty(window, 'parent', { configurable: true, value: { postMessage } });
  }, appOrigin);
}
const postedTo = async (page: Page) =>
  (await appFrame(page)).evaluate(() => (window as unknown as { postedTo: string[] }).postedTo);

// ---- Tests -----------------------------------------------------------------------------------

test('the guide sits in the clinic page under its title and is always exactly as tall as its content', async ({
  page,
}) => {
  await recordEvents(page);
  await recordPosts(page);
  await openClinicPage(page);
  const historyLength = await page.evaluate(() => window.history.length);

  const heights = [await expectFrameFits(page)];
  await button(page, en.common.start).click();
  for (const question of questionIds) {
    await expectStep(page, en.questions[question].title);
    heights.push(await expectFrameFits(page));
    await answerQuestion(page, question, neckPain);
  }
  await expectStep(page, en.review.title);
  heights.push(await expectFrameFits(page));
  await button(page, en.common.seeResults).click();
  await expectStep(page, en.results.title);
  heights.push(await expectFrameFits(page));
  // The page's own script shows its booking box when the guide is finished.
  await expect(page.getByRole('heading', { name: 'Talk it over with us' })).toBeVisible();

  // The frame grew and shrank with its content: the results are the longest screen.
  expect(new Set(heights).size).toBeGreaterThan(3);
  expect(Math.max(...heights)).toBe(heights.at(-1));
  // The steps after the results are the end too: naming them would tell the page there was no warning sign.
  await toSummary(page);
  await expectFrameFits(page);

  // The page heard where the patient was, by name, and the end; never an answer or a result.
  const events = await guideEvents(page);
  const steps = events.filter((event) => event.type === 'dryneedling:step').map((event) => event.detail['step']);
  expect(steps).toEqual([...questionIds, 'review', 'end']);
  expect(events.filter((event) => event.type === 'dryneedling:ready')).toHaveLength(1);
  expect(events.filter((event) => event.type === 'dryneedling:finished')).toHaveLength(1);
  const fields: Record<string, string[]> = {
    'dryneedling:ready': ['type', 'version'],
    'dryneedling:resize': ['height', 'type', 'version'],
    'dryneedling:step': ['step', 'type', 'version'],
    'dryneedling:finished': ['type', 'version'],
  };
  for (const { type, detail } of events) expect(Object.keys(detail).sort()).toEqual(fields[type]);

  // Every message went to the clinic's exact origin, never to '*'.
  const targets = await postedTo(page);
  expect(targets.length).toBeGreaterThan(heights.length);
  expect(new Set(targets)).toEqual(new Set([clinicOrigin]));

  // Nothing was kept: no storage, no cookie, no service worker; the page's Back button is its own.
  const kept = await (
    await appFrame(page)
  ).evaluate(async () => ({
    session: window.sessionStorage.length,
    local: window.localStorage.length,
    cookie: document.cookie,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
  }));
  expect(kept).toEqual({ session: 0, local: 0, cookie: '', workers: 0, caches: 0 });
  expect(await page.evaluate(() => window.history.length)).toBe(historyLength);
});

test('the first height arrives as soon as the welcome screen is painted, before the app has loaded', async ({
  page,
}) => {
  // A slow connection: the app's main script takes 3 seconds.
  await page.route(`${appOrigin}/assets/boot-*.js`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.fallback();
  });
  await page.goto(clinicOrigin);
  await expect(heading(page)).toHaveText(en.welcome.title);
  const inside = await appFrame(page);
  const content = await inside.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(() => frameElement(page).evaluate((frame) => frame.getBoundingClientRect().height)).toBe(content);
  await expect(button(page, en.common.start)).toBeDisabled();
  await expect(button(page, en.common.start)).toBeEnabled({ timeout: 10_000 });
  await expectFrameFits(page);
});

test('moving on never jumps the page: the top of the frame comes back only when it is out of view', async ({
  page,
}) => {
  await openClinicPage(page);
  // The top of the frame in view: pressing Start moves nothing on the page.
  await frameElement(page).evaluate((frame) => frame.scrollIntoView({ block: 'start' }));
  await button(page, en.common.start).scrollIntoViewIfNeeded();
  const before = await pageScroll(page);
  expect(await frameTop(page)).toBeGreaterThan(-1);
  await button(page, en.common.start).click();
  await expectStep(page, en.questions.redFlags.title);
  expect(await pageScroll(page)).toBe(before);

  // Scrolled down to a Continue the patient had to scroll to: the next step starts at its top.
  await guide(page)
    .getByRole('checkbox', { name: labelOf('redFlags', 'none') })
    .check();
  await button(page, en.common.continue).scrollIntoViewIfNeeded();
  expect(await frameTop(page)).toBeLessThan(0);
  await button(page, en.common.continue).click();
  await expectStep(page, en.questions.safety.title);
  await expect.poll(() => frameTop(page)).toBeGreaterThanOrEqual(-1);
  expect(await frameTop(page)).toBeLessThan(2);
});

test('Start again opens its question where the patient is, not in the middle of a tall frame', async ({ page }) => {
  await openClinicPage(page);
  await button(page, en.common.start).click();
  for (const question of questionIds) {
    await expectStep(page, en.questions[question].title);
    await answerQuestion(page, question, lowBackPain);
  }
  await expectStep(page, en.review.title);
  await button(page, en.common.seeResults).click();
  await expectStep(page, en.results.title);
  await toSummary(page);

  // The Start again at the end of the summary, far down a frame taller than the screen.
  const startAgain = button(page, en.common.startAgain).last();
  await startAgain.scrollIntoViewIfNeeded();
  const before = await pageScroll(page);
  await startAgain.click();
  const dialog = guide(page).getByRole('dialog', { name: en.restart.title });
  await expect(dialog).toBeVisible();
  const cancel = dialog.getByRole('button', { name: en.restart.cancel });
  await expect(cancel).toBeFocused();
  expect(await pageScroll(page)).toBe(before);
  await expect(cancel).toBeInViewport();
  await page.waitForTimeout(tapSettleMs);
  await cancel.click();
  await expect(dialog).toBeHidden();
  expect(await pageScroll(page)).toBe(before);
  await expect(startAgain).toBeInViewport();
});

test('Print opens the same results and summary, read-only, in a tab of their own', async ({ page }) => {
  await openClinicPage(page);
  await button(page, en.common.start).click();
  for (const question of questionIds) {
    await expectStep(page, en.questions[question].title);
    await answerQuestion(page, question, lowBackPain);
  }
  await expectStep(page, en.review.title);
  await button(page, en.common.seeResults).click();
  await expectStep(page, en.results.title);
  await toSummary(page);

  const opened = page.context().waitForEvent('page');
  await button(page, en.takeHome.printInNewTab).click();
  const tab = await opened;
  await expect(tab.getByRole('heading', { level: 1, name: en.results.title })).toBeVisible();
  await expect(tab.getByText(en.takeHome.readOnly)).toBeVisible();
  await expect(tab.getByRole('region', { name: enResults.summary.title })).toBeVisible();
  await expect(tab.getByRole('button', { name: en.takeHome.print, exact: true })).toBeVisible();
  // The app's own address, the answers in the fragment only, and nothing that says "embed".
  const url = new URL(tab.url());
  expect(url.origin).toBe(appOrigin);
  expect(url.search).toBe('');
  expect(url.hash).toMatch(/^#r=3\./);
  await tab.close();
});

test('the keyboard goes from the page into the guide, through it, and out again', async ({ page }) => {
  await openClinicPage(page);
  await page.getByRole('link', { name: 'Questions we are often asked' }).focus();
  await page.keyboard.press('Tab');
  await expect(guide(page).getByRole('link', { name: 'Español' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button(page, en.common.start)).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStep(page, en.questions.redFlags.title);
  await page.keyboard.press('Tab');
  await expect(guide(page).getByRole('checkbox', { name: labelOf('redFlags', 'fever') })).toBeFocused();

  // Back to the welcome screen, where Start is the last stop: the next Tab leaves the frame.
  await button(page, en.common.back).focus();
  await page.keyboard.press('Enter');
  await expectStep(page, en.welcome.title);
  await button(page, en.common.start).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Privacy' })).toBeFocused();
});

test('no accessibility problems, in the page or inside the frame', async ({ page }) => {
  const check = async (screen: string) => {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect
      .soft(
        violations.map((violation) => `${violation.id}: ${violation.help}`),
        screen,
      )
      .toEqual([]);
  };
  await openClinicPage(page);
  await check('welcome');
  await button(page, en.common.start).click();
  await expectStep(page, en.questions.redFlags.title);
  await check('first question');
  await button(page, en.common.continue).click();
  await expect(guide(page).getByText(en.questions.redFlags.error)).toBeVisible();
  await check('first question, unanswered');
});

test('scrolling over the frame scrolls the clinic page', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a mouse wheel');
  await openClinicPage(page);
  const frame = await frameElement(page).boundingBox();
  if (!frame) throw new Error('The frame is not on screen');
  await page.mouse.move(frame.x + frame.width / 2, Math.max(frame.y, 0) + 100);
  const before = await pageScroll(page);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => pageScroll(page)).toBeGreaterThan(before);
});

test.describe('a clinic that asks for it', () => {
  test('idle erase comes back with data-idle, and only then', async ({ page }) => {
    await page.clock.install();
    await openClinicPage(page);
    await button(page, en.common.start).click();
    await expectStep(page, en.questions.redFlags.title);
    await page.clock.fastForward('10:00');
    await expect(guide(page).getByRole('alertdialog')).toHaveCount(0);

    await openClinicPage(page, 'idle');
    await button(page, en.common.start).click();
    await expectStep(page, en.questions.redFlags.title);
    await page.clock.fastForward('01:01');
    await expect(guide(page).getByRole('alertdialog', { name: en.idle.title })).toBeVisible();
  });

  test('a container for the guide, and the clinic colour on the buttons', async ({ page }) => {
    await openClinicPage(page, 'container');
    await expect(page.locator('#guide-here iframe')).toHaveCount(1);
    await expect(button(page, en.common.start)).toHaveCSS('background-color', 'rgb(11, 110, 79)');
    await expect(guide(page).getByRole('contentinfo')).toHaveCount(0);
  });
});

test.describe('what a clinic page cannot do', () => {
  test.use({
    consoleWarnings: {
      expected: [
        /Ignored the URL parameter accent: white text on #ffee00/,
        /Ignored the URL parameter idle/,
        /embed\.js\): ignored data-lang/,
        /embed\.js\): found no element for data-container/,
      ],
    },
  });

  test('hostile or mistaken options are ignored with a warning, never run or styled', async ({ page }) => {
    await openClinicPage(page, 'hostile');
    const clinic = '<img src=x onerror="document.title=1">Evil & Co';
    await expect(frameElement(page)).toHaveAttribute('title', en.appTitle);
    // The name is shown as the text it is; no element came out of it.
    await expect(guide(page).getByRole('contentinfo')).toHaveText(en.embed.offeredBy(clinic));
    await expect(guide(page).locator('img')).toHaveCount(0);
    // Too light for white text: the guide keeps its own colour.
    await expect(button(page, en.common.start)).toHaveCSS('background-color', 'rgb(11, 61, 92)');
    await button(page, en.common.start).click();
    await expectStep(page, en.questions.redFlags.title);
  });
});

test.describe('messages', () => {
  test.use({ consoleWarnings: { expected: [/mode=embed: this frame is not in a page from/] } });

  test('the app tells nothing to a page that is not the one its address names', async ({ page }) => {
    await recordPosts(page);
    await openClinicPage(page, 'wrong-parent');
    await button(page, en.common.start).click();
    await expectStep(page, en.questions.redFlags.title);
    expect(await postedTo(page)).toEqual([]);
  });
});

test('messages from any other window or origin are ignored', async ({ page }) => {
  await recordEvents(page);
  await openClinicPage(page);
  await expectFrameFits(page);
  const height = await frameElement(page).evaluate((frame) => frame.getBoundingClientRect().height);
  const fake = { type: 'dryneedling:resize', version: 1, height: 20 };

  // From the clinic page itself (or any script on it).
  await page.evaluate((message) => window.postMessage(message, '*'), fake);
  // From another frame of the app's origin, and from a frame of a stranger's origin.
  const frames = [`${appOrigin}/not-the-guide.html`, `${strangerOrigin}/other.html`];
  for (const url of frames) {
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: '<title>other</title>' }));
  }
  await page.evaluate((urls) => {
    for (const url of urls) {
      const other = document.createElement('iframe');
      other.title = 'other';
      other.src = url;
      document.body.append(other);
    }
  }, frames);
  for (const url of frames) {
    const other = page.frame({ url });
    await expect.poll(() => page.frame({ url })?.url()).toBe(url);
    await other?.evaluate((message) => window.parent.postMessage(message, '*'), fake);
  }
  await page.waitForTimeout(500);
  expect(await frameElement(page).evaluate((frame) => frame.getBoundingClientRect().height)).toBe(height);
  const heard = (await guideEvents(page)).filter((event) => event.detail['height'] === 20);
  expect(heard).toEqual([]);
});

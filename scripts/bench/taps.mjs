// Tap-to-next-screen: walk the whole journey in Chromium with the CPU slowed 4x, tapping with a
// touch as a patient does, and time, inside the page, each Start / Continue / See what to expect
// tap until the frame that shows the next screen's heading has been drawn (new <h1> text in the
// DOM; then the next animation frame, and a task posted from it, which runs once that frame's
// style, layout and paint are done: the usual "after the next paint" mark). The task is posted at
// the highest priority: work the page itself has queued for after the frame (the next screen
// made ready at low priority, a history entry, a save) runs later, and is not counted, since it
// does not hold up the screen the patient sees. The floor page has no such work.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const stepTimeoutMs = 15_000;

/** Arms a one-shot timer in the page: starts at the next click, ends once a new h1 is painted. */
function armInPage(timeoutMs) {
  // The heading on screen: the page may also hold the next screen, made ready ahead unseen.
  const headingText = () =>
    [...document.querySelectorAll('h1')]
      .find((h1) => h1.checkVisibility({ visibilityProperty: true }))
      ?.textContent?.trim() ?? '';
  const before = headingText();
  window.__benchTap = new Promise((resolve, reject) => {
    let tapAt = null;
    let handlerAt = null;
    let observer = null;
    const timer = setTimeout(() => {
      observer?.disconnect();
      reject(new Error(`no new heading within ${timeoutMs} ms after the tap (still "${headingText()}")`));
    }, timeoutMs);
    const onClick = (event) => {
      // The event's own time stamp is when the input happened, so any delay before the
      // handler runs (a busy main thread) is counted too, as INP does.
      handlerAt = performance.now();
      tapAt = event.timeStamp > 0 ? event.timeStamp : handlerAt;
      document.removeEventListener('click', onClick, true);
      check();
    };
    const check = () => {
      if (tapAt === null || observer === null) return;
      const now = headingText();
      if (now === '' || now === before) return;
      observer.disconnect();
      observer = null;
      const domAt = performance.now();
      requestAnimationFrame(() => {
        const painted = () => {
          clearTimeout(timer);
          const paintedAt = performance.now();
          resolve({
            from: before,
            to: now,
            ms: paintedAt - tapAt,
            domMs: domAt - tapAt,
            inputDelayMs: handlerAt - tapAt,
          });
        };
        scheduler.postTask(painted, { priority: 'user-blocking' });
      });
    };
    document.addEventListener('click', onClick, true);
    observer = new MutationObserver(check);
    // Attributes too: a screen made ready ahead is shown by changing only its box's attributes.
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/** The prerendered Start button is disabled until the app has hydrated the page. */
function isHydrated() {
  const button = document.querySelector('#root button');
  return !!button && !button.disabled;
}

/**
 * A new screen ignores taps begun in its first moments (src/ui/useTapSettle.ts), so that a double
 * tap cannot answer it. A patient's taps come later than that; so do the benchmark's.
 */
const tapSettleMs = Number(
  /export const tapSettleMs = (\d+)/.exec(
    readFileSync(new URL('../../src/ui/useTapSettle.ts', import.meta.url), 'utf8'),
  )?.[1],
);
if (!Number.isFinite(tapSettleMs)) throw new Error('src/ui/useTapSettle.ts exports no tapSettleMs');

/** Answers the current question the way that reaches the results: "None of these" if offered, else the first option. */
async function answer(page) {
  // The visible one: the next screen may be in the page already, made ready unseen.
  const fieldset = page.locator('fieldset').filter({ visible: true }).first();
  const none = fieldset.locator('.choice-none input');
  const input =
    (await none.count()) > 0 ? none.first() : fieldset.locator('input[type=radio], input[type=checkbox]').first();
  const id = await input.getAttribute('id');
  // Tap the visible label, as a patient would, once the screen takes taps.
  await touch(page, page.locator(`label[for="${id}"]`));
  if (!(await input.isChecked())) throw new Error(`answer ${id} did not get checked`);
}

/**
 * A touch in the middle of the button, sent straight to the browser: no script of the test
 * tool's own runs in the page around it (a locator's click checks its target from inside the
 * page, in the very events that are timed).
 */
async function touch(page, target) {
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(tapSettleMs);
  const box = await target.boundingBox();
  if (!box) throw new Error('the button to tap is not on screen');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

async function tap(page, button) {
  await page.evaluate(armInPage, stepTimeoutMs);
  await touch(page, button);
  return page.evaluate(() => window.__benchTap);
}

/**
 * Arms a one-shot timer for a tap whose click React never sees: it is stopped on the root
 * element, after the window's and the document's listeners (the app's own in useTapSettle.ts
 * among them) and before React's. The touch's other events (pointer, touch, mouse, focus) still
 * reach every listener, React's too. It is timed as armInPage times a screen's tap, with the
 * same watch on the page's headings.
 * - `swap` false: a tap that asks nothing of the app. It only changes a line of text outside the
 *   app, as the floor page's tap changes its own.
 * - `swap` true: a main button's tap, and the screen made ready behind it shown with plain DOM
 *   calls: the screen before hidden (the top bar is left as it was), the new one's box made an
 *   ordinary one, its heading focused. Once that frame is drawn the click is handed to the app,
 *   which then moves on to the screen already shown.
 */
function armStoppedClickInPage({ timeoutMs, swap }) {
  // armInPage's heading check, written out again: page.evaluate sends a function alone.
  const headingText = () =>
    [...document.querySelectorAll('h1')]
      .find((h1) => h1.checkVisibility({ visibilityProperty: true }))
      ?.textContent?.trim() ?? '';
  const observer = new MutationObserver(headingText);
  const line = swap ? null : document.createElement('p');
  if (line) {
    line.setAttribute('aria-hidden', 'true');
    line.style.cssText = 'position:fixed;left:0;bottom:0;margin:0;background:#fff;font:1rem system-ui';
    line.textContent = 'Not tapped yet.';
    document.body.append(line);
  }
  window.__benchTap = new Promise((resolve, reject) => {
    const fail = (message) => {
      clearTimeout(timer);
      observer.disconnect();
      line?.remove();
      document.documentElement.removeEventListener('click', onClick, true);
      reject(new Error(message));
    };
    const timer = setTimeout(() => fail(`no click within ${timeoutMs} ms of the tap`), timeoutMs);
    const onClick = (event) => {
      const handlerAt = performance.now();
      const tapAt = event.timeStamp > 0 ? event.timeStamp : handlerAt;
      document.documentElement.removeEventListener('click', onClick, true);
      let afterwards = () => line.remove();
      if (swap) {
        const main = document.querySelector('main');
        const button = event.target.closest('main .actions button.primary');
        const next = main?.querySelector(':scope > .prepared');
        if (!button || !next) {
          fail('the tap was not on a main button with a screen made ready after it');
          return;
        }
        // The screen before: every box in main but the top bar and the screens made ready.
        for (const box of main.children) {
          if (box.matches('.topbar, .prepared')) continue;
          box.dataset.benchBefore = '';
          box.style.display = 'none';
        }
        next.classList.remove('prepared');
        next.removeAttribute('aria-hidden');
        next.inert = false;
        next.querySelector('h1').focus();
        afterwards = () => setTimeout(() => button.click());
      } else {
        line.textContent = 'Tapped.';
      }
      event.stopImmediatePropagation();
      event.preventDefault();
      requestAnimationFrame(() =>
        scheduler.postTask(
          () => {
            clearTimeout(timer);
            observer.disconnect();
            resolve({ to: headingText(), ms: performance.now() - tapAt, inputDelayMs: handlerAt - tapAt });
            afterwards();
          },
          { priority: 'user-blocking' },
        ),
      );
    };
    document.documentElement.addEventListener('click', onClick, true);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/** The main button tapped and the next screen shown without React; then the app catches up. */
async function swapOnlyTap(page, button) {
  await page.evaluate(armStoppedClickInPage, { timeoutMs: stepTimeoutMs, swap: true });
  await touch(page, button);
  const result = await page.evaluate(() => window.__benchTap);
  // The app has moved on once it has removed the screen before; it must show the same screen.
  await page.waitForFunction(() => !document.querySelector('[data-bench-before]'), null, { timeout: stepTimeoutMs });
  const shown = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  if (shown !== result.to) throw new Error(`the app showed "${shown}", not the screen made ready ("${result.to}")`);
  return result;
}

/** A tap on the screen's heading, whose click React never sees, timed to the frame it changes. */
async function pageOnlyTap(page) {
  await page.evaluate(armStoppedClickInPage, { timeoutMs: stepTimeoutMs, swap: false });
  await touch(page, page.getByRole('heading', { level: 1 }).filter({ visible: true }));
  return page.evaluate(() => window.__benchTap);
}

/** A phone-sized touch screen with its CPU slowed `cpuRate` times, in a context of its own. */
async function slowPhone(browser, cpuRate) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return { context, page };
}

/**
 * Walks the journey, tapping the main button of each screen. `measure` taps it and says what to
 * record: by default the tap itself, timed.
 */
export async function journey(browser, url, cpuRate, measure = tap) {
  const { context, page } = await slowPhone(browser, cpuRate);
  try {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(isHydrated, null, { timeout: stepTimeoutMs });
    // Let the post-hydration effects settle so the first tap is not racing the boot.
    await page.waitForTimeout(500);

    const taps = [];
    const primary = () => page.locator('main .actions button.primary').filter({ visible: true });
    let label = await primary().innerText();
    taps.push({ button: label.trim(), ...(await measure(page, primary())) });
    for (let guard = 0; guard < 20; guard += 1) {
      const heading = await page.getByRole('heading', { level: 1 }).innerText();
      if ((await page.locator('fieldset').filter({ visible: true }).count()) > 0) {
        await answer(page);
      } else if ((await primary().count()) === 0 || /start again/i.test(await primary().innerText())) {
        return { taps, end: heading, errors };
      }
      label = await primary().innerText();
      taps.push({ button: label.trim(), ...(await measure(page, primary())) });
    }
    throw new Error('the journey did not reach an end within 20 screens');
  } finally {
    await context.close();
  }
}

/**
 * The yardstick for a tap: a page that does nothing but put up the next screen's heading and
 * line of text, tapped and timed the same way. No page can answer a touch sooner on this
 * machine; the app's figures beside it show what everything else costs.
 */
const floorTapPage = `<!doctype html><html lang="en"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:1.25rem/1.5 system-ui,sans-serif;margin:1rem}button{font:inherit;min-height:3rem;padding:0 1.5rem}</style>
<main><h1>Screen 0</h1><p>One short line of text.</p><div class="actions"><button class="primary">Continue</button></div></main>
<script>
let n = 0;
document.querySelector('button').addEventListener('click', () => {
  n += 1;
  document.querySelector('h1').textContent = 'Screen ' + n;
  document.querySelector('p').textContent = 'Another short line of text, number ' + n + '.';
});
</script>`;

async function floorTaps(browser, cpuRate, count) {
  const { context, page } = await slowPhone(browser, cpuRate);
  try {
    await page.setContent(floorTapPage, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const taps = [];
    // The first is the page's first touch, as Start is the app's: Start is read beside it.
    for (let i = 0; i < count; i += 1) taps.push({ first: i === 0, ...(await tap(page, page.locator('button'))) });
    return taps;
  } finally {
    await context.close();
  }
}

/**
 * The headless browser the taps are timed in. The script that started it closes it on Ctrl-C,
 * after its own clean-up (runMain in lifecycle.mjs); Playwright's own handler would end the
 * process before that.
 */
export function launchBrowser(executablePath, args) {
  return chromium.launch({
    executablePath,
    args,
    headless: true,
    timeout: 60_000,
    handleSIGINT: false,
    handleSIGTERM: false,
  });
}

export async function measureTaps({
  url,
  floorUrl,
  executablePath,
  args,
  journeys = 3,
  cpuRate = 4,
  screenshotDir,
  onBrowser = () => {},
}) {
  const browser = await launchBrowser(executablePath, args);
  onBrowser(browser);
  try {
    const checks = await checkFloor(browser, url, floorUrl, screenshotDir);
    // The floor's taps and the app's journeys take turns, so both meet the same machine.
    // Two more journeys on the app's page between the app's, to show where a tap's time goes:
    // one taps each screen's heading first, a click React never sees (the tap on the main button
    // after it is not counted); one shows each next screen without React (swapOnlyTap).
    const runs = [];
    const floor = [];
    const pageOnly = [];
    const swapOnly = [];
    const pageOnlyFirst = async (page, button) => {
      const result = await pageOnlyTap(page);
      await tap(page, button);
      return result;
    };
    for (let i = 0; i < journeys; i += 1) {
      const run = await journey(browser, url, cpuRate);
      runs.push(run);
      floor.push(...(await floorTaps(browser, cpuRate, run.taps.length)));
      pageOnly.push(await journey(browser, url, cpuRate, pageOnlyFirst));
      swapOnly.push(await journey(browser, url, cpuRate, swapOnlyTap));
    }
    return { runs, floor, pageOnly, swapOnly, checks };
  } finally {
    await browser.close();
  }
}

/** The floor page must fetch nothing but itself, run no script, and show the app's welcome screen. */
async function checkFloor(browser, url, floorUrl, screenshotDir) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  try {
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const look = async (target) => {
      await page.goto(target, { waitUntil: 'load' });
      return page.evaluate(() => ({
        scripts: document.scripts.length,
        heading: document.querySelector('h1')?.textContent?.trim() ?? '',
        text: document.querySelector('#root')?.textContent?.trim() ?? '',
        stylesheets: document.styleSheets.length,
      }));
    };
    const floorPage = await look(floorUrl);
    const floorRequests = requests.splice(0);
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/bench-floor.png`, fullPage: true });
    const appPage = await look(url);
    await page.waitForFunction(isHydrated, null, { timeout: stepTimeoutMs });
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/bench-app-welcome.png`, fullPage: true });
    const problems = [];
    const others = floorRequests.filter((request) => request !== floorUrl);
    if (others.length > 0) problems.push(`the floor page requests more than itself: ${others.join(', ')}`);
    if (floorPage.scripts > 0) problems.push('the floor page has a script');
    if (floorPage.stylesheets === 0) problems.push('the floor page has no styles');
    if (floorPage.heading === '' || floorPage.heading !== appPage.heading) {
      problems.push(`headings differ: floor "${floorPage.heading}", app "${appPage.heading}"`);
    }
    if (floorPage.text !== appPage.text) problems.push('the floor text differs from the app welcome screen');
    return { floorPage, appPage, problems };
  } finally {
    await context.close();
  }
}

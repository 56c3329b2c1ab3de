// The tablet journeys in WebKit, the engine of every iPad browser: Debian's WebKitGTK MiniBrowser
// driven by WebKitWebDriver under a virtual screen. Run with `npm run test:webkit` (it builds first).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { preview } from 'vite';
import WebDriver from 'webdriver';

const appPort = Number(process.env.WEBKIT_APP_PORT ?? 4176);
const driverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? 4456);
const app = `http://localhost:${appPort}/`;
const elementKey = 'element-6066-11e4-a52f-4a0c6c95ca68';
/** A new screen ignores taps this long (src/ui/useTapSettle.ts); a person reads for longer. */
const settle = 650;

const children = [];
/** The built app, served in this process: a server left behind by a killed `npx` would keep the port. */
let server;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function run(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

async function waitForHttp(url) {
  for (let tries = 0; tries < 100; tries++) {
    try {
      await fetch(url);
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`${url} never answered`);
}

before(async () => {
  let display = process.env.DISPLAY;
  if (!display) {
    display = ':97';
    run('Xvfb', [display, '-screen', '0', '1024x1400x24', '-nolisten', 'tcp']);
    await sleep(500);
  }
  server = await preview({ preview: { port: appPort, strictPort: true }, logLevel: 'error' });
  run('WebKitWebDriver', [`--port=${driverPort}`], { DISPLAY: display });
  await waitForHttp(app);
  await waitForHttp(`http://127.0.0.1:${driverPort}/status`);
});

after(async () => {
  for (const child of children.reverse()) child.kill();
  await server?.close();
});

/** One browser session per test: a fresh MiniBrowser, sized like a tablet held upright. */
async function tablet(path = '') {
  const client = await WebDriver.newSession({
    hostname: '127.0.0.1',
    port: driverPort,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitGTK's driver speaks classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  });
  await client.setWindowRect(null, null, 820, 1180).catch(() => undefined);
  await client.navigateTo(app + path);
  return page(client);
}

function page(client) {
  const xpathText = (text) => (text.includes("'") ? `concat('${text.split("'").join(`', "'", '`)}')` : `'${text}'`);
  const find = async (xpath, timeout = 5000) => {
    const end = Date.now() + timeout;
    for (;;) {
      const found = await client.findElements('xpath', xpath);
      if (found.length > 0) return found[0][elementKey] ?? Object.values(found[0])[0];
      if (Date.now() > end) throw new Error(`Not on screen: ${xpath}`);
      await sleep(100);
    }
  };
  const script = (body, ...args) => client.executeScript(body, args);
  return {
    client,
    script,
    async heading() {
      return script('const h = document.querySelector("main h1"); return h ? h.textContent : null;');
    },
    /** Wait until the page heading reads `text`, then let the new screen settle. */
    async expectHeading(text, timeout = 5000) {
      const end = Date.now() + timeout;
      let seen;
      while ((seen = await this.heading()) !== text) {
        if (Date.now() > end) assert.equal(seen, text);
        await sleep(100);
      }
      await sleep(settle);
    },
    async press(name) {
      await client.elementClick(await find(`//button[normalize-space()=${xpathText(name)} and not(@disabled)]`));
    },
    async tick(label) {
      await client.elementClick(await find(`//label[normalize-space()=${xpathText(label)}]`));
    },
    async checked(label) {
      const id = await find(`//label[normalize-space()=${xpathText(label)}]`);
      const forId = await client.getElementAttribute(id, 'for');
      return script('return document.getElementById(arguments[0]).checked;', forId);
    },
    async sees(text) {
      return script('return document.body.innerText.includes(arguments[0]);', text);
    },
    async visible(xpath) {
      return (await client.findElements('xpath', xpath)).length > 0;
    },
    close: () => client.deleteSession(),
  };
}

// The words a patient reads, from src/content/en.ts (kept here as plain text: this runner reads no TypeScript).
const words = {
  welcome: 'Could dry needling help me?',
  redFlags: 'Do you have any of these?',
  safety: 'Does your physio need to know any of these?',
  place: 'Where is your pain?',
  review: 'Check your answers',
  results: 'What to expect',
  values: 'What matters to you?',
  leaning: 'Which way are you leaning?',
  summary: 'Your summary',
  stop: 'Please see a doctor first',
  handBack: 'Finished? Please hand the tablet back to the front desk',
  clinicianFirst: 'See a clinician first',
  idle: 'Are you still there?',
};

/** Answers the questions from the first, by the labels a patient taps, to the check page. */
async function answerAll(tab) {
  const picks = [
    ['None of these'],
    ['None of these'],
    ['Neck'],
    ['More than 3 months'],
    ['A tight, tender muscle, or a "knot"'],
    ['Quick relief from pain'],
    ['I am fine with needles'],
    ['I am willing to do them'],
  ];
  for (const labels of picks) {
    for (const label of labels) await tab.tick(label);
    await tab.press('Continue');
    await sleep(settle + 100);
  }
  await tab.expectHeading(words.review);
}

describe('the tablet journeys in WebKit', () => {
  test('from the welcome page through every question to the results', async () => {
    const tab = await tablet();
    try {
      await tab.expectHeading(words.welcome);
      await tab.press('Start');
      await tab.expectHeading(words.redFlags);
      await answerAll(tab);
      await tab.press('See what to expect');
      await tab.expectHeading(words.results);
      assert.ok(await tab.sees('Neck'), 'the results speak of the neck');
    } finally {
      await tab.close();
    }
  });

  test('a warning sign stops the journey; Back returns to the ticked list', async () => {
    const tab = await tablet();
    try {
      await tab.expectHeading(words.welcome);
      await tab.press('Start');
      await tab.expectHeading(words.redFlags);
      await tab.tick('Fever, or feeling unwell all over');
      await tab.press('Continue');
      await tab.expectHeading(words.stop);
      await tab.press('Back to the list');
      await tab.expectHeading(words.redFlags);
      assert.equal(await tab.checked('Fever, or feeling unwell all over'), true);
    } finally {
      await tab.close();
    }
  });

  test('browser Back and a reload keep the answers', async () => {
    const tab = await tablet();
    try {
      await tab.expectHeading(words.welcome);
      await tab.press('Start');
      await tab.expectHeading(words.redFlags);
      await tab.tick('None of these');
      await tab.press('Continue');
      await tab.expectHeading(words.safety);
      await tab.client.back();
      await tab.expectHeading(words.redFlags);
      assert.equal(await tab.checked('None of these'), true);
      await tab.client.refresh();
      await tab.expectHeading(words.redFlags);
      assert.equal(await tab.checked('None of these'), true);
    } finally {
      await tab.close();
    }
  });

  test('the hand-back after the summary, and after a warning sign', async () => {
    const tab = await tablet('?mode=kiosk');
    try {
      await tab.expectHeading(words.welcome);
      await tab.press('Start');
      await tab.expectHeading(words.redFlags);
      await answerAll(tab);
      await tab.press('See what to expect');
      await tab.expectHeading(words.results);
      await tab.press('Next: what matters to you');
      await tab.expectHeading(words.values);
      // The first "Matters a lot" is the first thing asked about: feeling less pain soon.
      await tab.tick('Matters a lot');
      await tab.press('Continue');
      await tab.expectHeading(words.leaning);
      await tab.tick('Not sure yet');
      await tab.press('Continue');
      await tab.expectHeading(words.summary);
      assert.ok(await tab.sees('Not sure yet'), 'the summary shows the leaning');
      await tab.press('I am finished');
      await tab.expectHeading(words.handBack);
      assert.equal(await tab.sees(words.clinicianFirst), false);

      await tab.press('Start again');
      await sleep(settle);
      await tab.press('Yes, clear my answers');
      await tab.expectHeading(words.welcome);
      await tab.press('Start');
      await tab.expectHeading(words.redFlags);
      await tab.tick('Fever, or feeling unwell all over');
      await tab.press('Continue');
      await tab.expectHeading(words.stop);
      await tab.press('I am finished');
      await tab.expectHeading(words.handBack);
      assert.equal(await tab.sees(words.clinicianFirst), true);
    } finally {
      await tab.close();
    }
  });

  // WebDriver cannot move the page's clock, so this waits in real time: the shortest quiet time a
  // clinic can choose (1 minute), the 30-second warning, twice. About 3 minutes.
  test('idle erase: the warning, "I\'m still here", and the erase', { timeout: 300_000 }, async () => {
    const tab = await tablet('?mode=kiosk');
    try {
      await tab.expectHeading(words.welcome);
      await tab.script(
        'localStorage.setItem("dry-needling-clinic", JSON.stringify({ version: 1, clinicName: "", contactLine: "", idleMinutes: 1, lockedUntil: 0 }));',
      );
      await tab.client.refresh();
      await tab.expectHeading(words.welcome);
      await tab.press('Start');
      await tab.expectHeading(words.redFlags);
      await tab.tick('None of these');

      await sleep(62_000);
      assert.ok(
        await tab.visible("//dialog[@open]//h2[normalize-space()='Are you still there?']"),
        'the warning shows',
      );
      await tab.press("I'm still here");
      await sleep(300);
      assert.equal(await tab.visible('//dialog[@open]'), false);
      assert.equal(await tab.heading(), words.redFlags);
      assert.equal(await tab.checked('None of these'), true);

      await sleep(62_000 + 31_000);
      assert.equal(await tab.heading(), words.welcome);
      assert.equal(await tab.visible('//dialog[@open]'), false);
      assert.equal(await tab.script('return sessionStorage.length;'), 0);
      await tab.press('Start');
      await tab.expectHeading(words.redFlags);
      assert.equal(await tab.checked('None of these'), false);
    } finally {
      await tab.close();
    }
  });
});

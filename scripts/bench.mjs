// Performance benchmark: the built app (dist/) against a no-JavaScript copy of its welcome screen.
//
//   npm run build && node scripts/bench.mjs
//
// 1. Lighthouse 12, mobile preset, BENCH_RUNS runs of each page (default 5), alternating.
// 2. Tap to next screen: the whole journey in Chromium with the CPU slowed 4x, 3 times.
// Prints medians and the goals met or not; exits 0 whatever the numbers (non-zero on errors).
//
// Environment: BENCH_RUNS (Lighthouse runs per page), BENCH_JOURNEYS (default 3), BENCH_JSON (write
// the JSON summary to this file instead of printing it), BENCH_SCREENSHOTS (a folder for screenshots
// of both welcome screens), BENCH_TIMEOUT_S (give up after this long; default scales with the runs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { categories, LighthouseRunner } from './bench/lighthouse-runs.mjs';
import { format, goalsFor, lostPoints, median, medians, metrics, table } from './bench/report.mjs';
import { serveDirectory } from './bench/serve.mjs';
import { makeStaticCopy } from './bench/static-copy.mjs';
import { measureTaps } from './bench/taps.mjs';

const chromePath = '/usr/bin/chromium';
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, not "${raw}"`);
  return n;
}

const runs = positiveInt('BENCH_RUNS', 5);
const journeys = positiveInt('BENCH_JOURNEYS', 3);
const timeoutS = positiveInt('BENCH_TIMEOUT_S', 300 + runs * 2 * 60);
const jsonPath = process.env.BENCH_JSON || '';
const screenshotDir = process.env.BENCH_SCREENSHOTS || '';
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const log = (message) => process.stderr.write(`${message}\n`);

const cleanups = [];
let stopping = false;
async function cleanUp() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()();
    } catch (error) {
      log(`cleanup: ${error.message}`);
    }
  }
}

const watchdog = setTimeout(async () => {
  stopping = true;
  log(`bench: gave up after ${timeoutS} s (set BENCH_TIMEOUT_S to allow longer)`);
  await cleanUp();
  process.exit(2);
}, timeoutS * 1000);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    stopping = true;
    log(`bench: ${signal}, cleaning up`);
    await cleanUp();
    process.exit(130);
  });
}

async function assetSizes(root) {
  const dir = path.join(root, 'assets');
  const rows = [];
  for (const name of (await readdir(dir)).sort()) {
    const body = await readFile(path.join(dir, name));
    rows.push({ name, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return rows;
}

function chromiumVersion() {
  try {
    return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const loadAverage = () => Math.round(os.loadavg()[0] * 10) / 10;

async function main() {
  const started = Date.now();
  const loadAtStart = loadAverage();
  if (!existsSync(path.join(distDir, 'index.html')))
    throw new Error('dist/index.html not found: run `npm run build` first');
  const builtAt = (await stat(path.join(distDir, 'index.html'))).mtime;

  // Serve a snapshot of dist/, so that a `vite build` elsewhere (it empties dist/) cannot change
  // or break the pages halfway through the runs.
  const appDir = await mkdtemp(path.join(os.tmpdir(), 'bench-app-'));
  cleanups.push(() => rm(appDir, { recursive: true, force: true }));
  await cp(distDir, appDir, { recursive: true });
  const copy = await makeStaticCopy(appDir);
  cleanups.push(() => rm(copy.dir, { recursive: true, force: true }));
  const app = await serveDirectory(appDir);
  cleanups.push(app.close);
  const staticCopy = await serveDirectory(copy.dir);
  cleanups.push(staticCopy.close);
  log(`app:         ${app.url} (${appDir}: a copy of dist/ as built at ${builtAt.toISOString()})`);
  log(`static copy: ${staticCopy.url} (${copy.dir}: index.html${copy.files.map((f) => `, ${f}`).join('')})`);

  // Lighthouse: alternate which page goes first in each pair, so neither always runs on a warmer Chrome.
  const runner = new LighthouseRunner({ chromePath, chromeFlags, log });
  cleanups.push(() => runner.shutdown());
  const samples = { app: [], static: [] };
  const targets = { app: app.url, static: staticCopy.url };
  log(`Lighthouse: warm-up run (discarded), then ${runs} runs of each page`);
  await runner.run(staticCopy.url);
  for (let i = 0; i < runs; i += 1) {
    const order = i % 2 === 0 ? ['app', 'static'] : ['static', 'app'];
    for (const name of order) {
      const t = Date.now();
      const sample = await runner.run(targets[name]);
      samples[name].push(sample);
      log(
        `  run ${i + 1}/${runs} ${name.padEnd(6)} LCP ${format(sample.lcp, 'ms')}, TBT ${format(sample.tbt, 'ms')}, ` +
          `perf ${sample.performance} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
      );
    }
  }
  await runner.close();

  log(`Tap to next screen: ${journeys} journeys, CPU slowed 4x`);
  const tapResult = await measureTaps({
    url: app.url,
    staticUrl: staticCopy.url,
    executablePath: chromePath,
    args: chromeFlags,
    journeys,
    cpuRate: 4,
    screenshotDir,
    // Closed here too if the time limit or a signal cuts the journeys short.
    onBrowser: (browser) => cleanups.push(() => browser.close()),
  });
  const allTaps = tapResult.runs.flatMap((r) => r.taps);
  const taps = {
    count: allTaps.length,
    journeys,
    cpuSlowdown: 4,
    median: median(allTaps.map((t) => t.ms)),
    max: Math.max(...allTaps.map((t) => t.ms)),
    domMedian: median(allTaps.map((t) => t.domMs)),
    inputDelayMedian: median(allTaps.map((t) => t.inputDelayMs)),
    steps: tapResult.runs[0].taps.map((first, i) => {
      const times = tapResult.runs.map((r) => r.taps[i]?.ms).filter((ms) => ms !== undefined);
      return {
        button: first.button,
        to: first.to,
        median: median(times),
        max: Math.max(...times),
        times,
      };
    }),
    end: tapResult.runs.map((r) => r.end),
    pageErrors: tapResult.runs.flatMap((r) => r.errors),
  };

  // Report.
  const m = { app: medians(samples.app), static: medians(samples.static) };
  const { ratio, goals } = goalsFor(m.app, m.static, taps);
  const out = [];
  const print = (line = '') => out.push(line);
  const sizes = await assetSizes(appDir);

  print(`Benchmark: ${new Date().toISOString()}`);
  print(
    `Lighthouse ${runner.version}, mobile preset (simulated throttling: 150 ms RTT, 1.6 Mbps, CPU x4), ` +
      `${runs} runs per page, alternating; ${chromiumVersion()}; Node ${process.versions.node}`,
  );
  const cores = os.availableParallelism();
  const loadAtEnd = loadAverage();
  print(
    `Host: ${cores} cores, load average ${loadAtStart} at start, ${loadAtEnd} at end` +
      (Math.max(loadAtStart, loadAtEnd) > cores
        ? ' (busy: other work competes for the CPU, expect noisy CPU metrics)'
        : ''),
  );
  print(
    `Built assets: ${sizes.map((s) => `${s.name} ${format(s.bytes, 'B')} (gzip ${format(s.gzip, 'B')})`).join(', ')}`,
  );
  print();
  print('Medians');
  print(
    table(
      [
        ['', 'app', 'static copy (no JS)'],
        ...metrics.map((metric) => [
          metric.label,
          format(m.app[metric.key], metric.unit),
          format(m.static[metric.key], metric.unit),
        ]),
      ],
      ['l', 'r', 'r'],
    ),
  );
  print();
  print(`LCP ratio app / static copy: ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}`);
  print(
    `LCP per run, app:    ${samples.app.map((s) => Math.round(s.lcp)).join(', ')} ms` +
      `\nLCP per run, static: ${samples.static.map((s) => Math.round(s.lcp)).join(', ')} ms`,
  );
  print();
  print(
    `Tap to next screen (CPU x4, ${journeys} journeys, ${taps.count} taps, tap -> new h1 in DOM -> 2 animation frames)`,
  );
  print(
    table(
      [
        ['tap', 'next screen', 'median', 'max'],
        ...taps.steps.map((s) => [s.button, s.to, format(s.median, 'ms'), format(s.max, 'ms')]),
        ['all taps', '', format(taps.median, 'ms'), format(taps.max, 'ms')],
      ],
      ['l', 'l', 'r', 'r'],
    ),
  );
  print(
    `(medians: input delay before the click handler ${format(taps.inputDelayMedian, 'ms')}, ` +
      `tap to the new heading in the DOM ${format(taps.domMedian, 'ms')})`,
  );
  print();
  print('Goals (app)');
  print(
    table(
      goals.map((g) => [g.met ? 'met    ' : 'NOT MET', g.goal, g.value]),
      ['l', 'l', 'r'],
    ),
  );
  print(`${goals.filter((g) => g.met).length} of ${goals.length} goals met`);

  const notes = [];
  for (const [name, list] of Object.entries(samples)) {
    for (const line of lostPoints(list)) notes.push(`${name}: ${line}`);
    for (const warning of new Set(list.flatMap((s) => s.warnings)))
      notes.push(`${name}: Lighthouse warning: ${warning}`);
  }
  const idleTbt = samples.static.filter((s) => s.tbt > 0).length;
  if (idleTbt > 0) {
    notes.push(
      `the static copy runs no JavaScript yet shows blocking time in ${idleTbt}/${runs} runs: ` +
        'that is other work on this host competing for the CPU, and it inflates the app numbers too',
    );
  }
  for (const problem of tapResult.checks.problems) notes.push(`static copy check: ${problem}`);
  for (const error of new Set(taps.pageErrors)) notes.push(`app page error during the journey: ${error}`);
  if (notes.length > 0) {
    print();
    print('Points lost and warnings');
    for (const note of notes) print(`  ${note}`);
  }
  print();
  print(`Run time: ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const json = {
    date: new Date().toISOString(),
    lighthouse: runner.version,
    chromium: chromiumVersion(),
    node: process.versions.node,
    host: { cores, loadAverage: { start: loadAtStart, end: loadAtEnd } },
    preset: 'mobile, simulated throttling',
    categories,
    runs,
    medians: m,
    lcpRatio: ratio,
    goals,
    allGoalsMet: goals.every((g) => g.met),
    taps,
    assets: sizes,
    staticCopyCheck: tapResult.checks,
    samples,
  };
  process.stdout.write(`${out.join('\n')}\n`);
  if (jsonPath) {
    await writeFile(jsonPath, `${JSON.stringify(json, null, 2)}\n`);
    process.stdout.write(`Full JSON (medians, every run, every tap) written to ${jsonPath}\n`);
  } else {
    // The medians and goals; BENCH_JSON=file gives every run and every tap as well.
    const summary = {
      ...json,
      taps: { ...taps, steps: taps.steps.map(({ button, to, median, max }) => ({ button, to, median, max })) },
      assets: undefined,
      staticCopyCheck: { problems: tapResult.checks.problems },
      samples: undefined,
    };
    process.stdout.write(`\nJSON summary\n${JSON.stringify(rounded(summary), null, 2)}\n`);
  }
}

/** Numbers to one decimal place (three below 10: ratios, CLS), for a readable JSON summary. */
function rounded(value) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const scale = Math.abs(value) < 10 ? 1000 : 10;
    return Math.round(value * scale) / scale;
  }
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  }
  return value;
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  // After the time limit or a signal, the failure is just the browsers being closed under us.
  if (stopping) await new Promise(() => {});
  log(`bench failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanUp();
  clearTimeout(watchdog);
}
process.exit(exitCode);

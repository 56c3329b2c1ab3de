// Performance benchmark: the built app (dist/) against the floor, its welcome screen as one
// self-contained HTML file (styles inline, no script), both served gzipped on loopback.
//
//   npm run build && node scripts/bench.mjs
//
// 1. Lighthouse 12, mobile preset, BENCH_RUNS runs of each page (default 5), alternating.
// 2. Tap to next screen: the whole journey in Chromium with the CPU slowed 4x, 3 times; between
//    them the floor page's taps, and two journeys that show where a tap's time goes (scripts/bench/taps.mjs).
// Prints the goals met or not, and the figures behind them; exits 0 whatever the numbers
// (non-zero on errors).
//
// Environment: BENCH_RUNS (Lighthouse runs per page), BENCH_JOURNEYS (default 3), BENCH_JSON (write
// the JSON summary to this file instead of printing it), BENCH_SCREENSHOTS (a folder for screenshots
// of both welcome screens), BENCH_TIMEOUT_S (give up after this long; default scales with the runs),
// BENCH_PORT (serve the app on this port and the floor on the next; default: any free ports).
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { categories, LighthouseRunner } from './bench/lighthouse-runs.mjs';
import { makeFloor } from './bench/floor.mjs';
import { loadAverage, log, positiveInt, runMain } from './bench/lifecycle.mjs';
import { format, goalsFor, median, medians, renderReport, tapSplit } from './bench/report.mjs';
import { serveDirectory } from './bench/serve.mjs';
import { measureTaps } from './bench/taps.mjs';
import { readChunks } from './chunks.mjs';
import { chromiumFlags, chromiumPath, chromiumVersion } from './chromium.mjs';

// chrome-launcher starts Chromium itself, so it asks for headless here; Playwright does its own.
const chromeFlags = ['--headless=new', ...chromiumFlags];

const runs = positiveInt('BENCH_RUNS', 5);
const port = process.env.BENCH_PORT ? positiveInt('BENCH_PORT', 0) : 0;
const journeys = positiveInt('BENCH_JOURNEYS', 3);
const timeoutS = positiveInt('BENCH_TIMEOUT_S', 300 + runs * 2 * 60);
const jsonPath = process.env.BENCH_JSON || '';
const screenshotDir = process.env.BENCH_SCREENSHOTS || '';
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** The first-load and later scripts with their gzipped sizes, from the build manifest. */
async function scriptSizes(root) {
  const sized = async ({ key, file }) => ({
    key,
    file,
    gzip: gzipSync(await readFile(path.join(root, file)), { level: 9 }).length,
  });
  const { firstLoad, later } = readChunks(root);
  const files = await Promise.all(firstLoad.map(sized));
  return {
    firstLoad: { bytes: files.reduce((sum, f) => sum + f.gzip, 0), files },
    later: await Promise.all(later.map(sized)),
  };
}

async function main(cleanups) {
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
  const floorPage = await makeFloor(appDir);
  cleanups.push(() => rm(floorPage.dir, { recursive: true, force: true }));
  const app = await serveDirectory(appDir, port);
  cleanups.push(app.close);
  const floor = await serveDirectory(floorPage.dir, port && port + 1);
  cleanups.push(floor.close);
  log(`app:   ${app.url} (${appDir}: a copy of dist/ as built at ${builtAt.toISOString()})`);
  log(`floor: ${floor.url} (${floorPage.dir}: index.html only)`);

  // Lighthouse: alternate which page goes first in each pair, so neither always runs on a warmer Chrome.
  const runner = new LighthouseRunner({ chromePath: chromiumPath, chromeFlags, log });
  cleanups.push(() => runner.shutdown());
  const samples = { app: [], floor: [] };
  const targets = { app: app.url, floor: floor.url };
  log(`Lighthouse: warm-up run (discarded), then ${runs} runs of each page`);
  await runner.run(floor.url);
  for (let i = 0; i < runs; i += 1) {
    const order = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
    for (const name of order) {
      const t = Date.now();
      const sample = await runner.run(targets[name]);
      samples[name].push(sample);
      log(
        `  run ${i + 1}/${runs} ${name.padEnd(5)} LCP ${format(sample.lcp, 'ms')}, FCP ${format(sample.fcp, 'ms')}, ` +
          `TBT ${format(sample.tbt, 'ms')}, perf ${sample.performance} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
      );
    }
  }
  await runner.close();

  log(`Tap to next screen: ${journeys} journeys, CPU slowed 4x`);
  const tapResult = await measureTaps({
    url: app.url,
    floorUrl: floor.url,
    executablePath: chromiumPath,
    args: chromiumFlags,
    journeys,
    cpuRate: 4,
    screenshotDir,
    // Closed here too if the time limit or a signal cuts the journeys short.
    onBrowser: (browser) => cleanups.push(() => browser.close()),
  });
  const allTaps = tapResult.runs.flatMap((r) => r.taps);
  /** The median and slowest of some tap times, with the times themselves. */
  const spread = (times) => ({ median: median(times), max: Math.max(...times), times });
  /** The same for some taps, with their median input delay (the touch to the click handler). */
  const spreadWithDelay = (some) => ({
    ...spread(some.map((t) => t.ms)),
    inputDelayMedian: median(some.map((t) => t.inputDelayMs)),
  });
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
      return { button: first.button, to: first.to, ...spread(times) };
    }),
    floor: {
      ...spreadWithDelay(tapResult.floor),
      first: spread(tapResult.floor.filter((t) => t.first).map((t) => t.ms)),
    },
    // Taps on each screen's heading whose click React never sees: less the floor, what the page
    // itself adds to a tap (its elements and styles, and every listener for the touch's other events).
    pageOnly: spreadWithDelay(tapResult.pageOnly.flatMap((r) => r.taps)),
    // The main buttons' taps with the next screen shown by plain DOM calls before React sees the
    // click: less pageOnly, the browser's work to put up the screen; the app less this, its click.
    swapOnly: spreadWithDelay(tapResult.swapOnly.flatMap((r) => r.taps)),
    end: tapResult.runs.map((r) => r.end),
    pageErrors: [...tapResult.runs, ...tapResult.pageOnly, ...tapResult.swapOnly].flatMap((r) => r.errors),
  };

  const m = { app: medians(samples.app), floor: medians(samples.floor) };
  const sizes = await scriptSizes(appDir);
  const results = {
    date: new Date().toISOString(),
    lighthouse: runner.version,
    chromium: chromiumVersion(),
    node: process.versions.node,
    host: { cores: os.availableParallelism(), loadAverage: { start: loadAtStart, end: loadAverage() } },
    preset: 'mobile, simulated throttling',
    categories,
    runs,
    medians: m,
    lcpRatio: m.app.lcp / m.floor.lcp,
    fcpRatio: m.app.fcp / m.floor.fcp,
    taps,
    // Where the gap between the app's taps and the floor's goes, as printed.
    tapSplit: tapSplit(taps),
    firstLoad: sizes.firstLoad,
    later: sizes.later,
    floorCheck: tapResult.checks,
    samples,
    runTimeS: Math.round((Date.now() - started) / 1000),
  };
  results.goals = goalsFor(results);
  results.allGoalsMet = results.goals.every((g) => g.met);

  process.stdout.write(`${renderReport(results)}\n`);
  if (jsonPath) {
    await writeFile(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`Full JSON (medians, every run, every tap) written to ${jsonPath}\n`);
  } else {
    // The medians and goals; BENCH_JSON=file gives every run and every tap as well.
    const summary = {
      ...results,
      taps: { ...taps, steps: taps.steps.map(({ button, to, median, max }) => ({ button, to, median, max })) },
      floorCheck: { problems: tapResult.checks.problems },
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

await runMain('bench', timeoutS, main);

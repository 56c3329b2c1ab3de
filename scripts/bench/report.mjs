// Medians, goals and the printed report of `npm run bench`.

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const metrics = [
  { key: 'lcp', label: 'Largest Contentful Paint', unit: 'ms' },
  { key: 'fcp', label: 'First Contentful Paint', unit: 'ms' },
  { key: 'tbt', label: 'Total Blocking Time', unit: 'ms' },
  { key: 'cls', label: 'Cumulative Layout Shift', unit: '' },
  { key: 'speedIndex', label: 'Speed Index', unit: 'ms' },
  { key: 'performance', label: 'Performance score', unit: '/100' },
  { key: 'accessibility', label: 'Accessibility score', unit: '/100' },
  { key: 'bestPractices', label: 'Best practices score', unit: '/100' },
  { key: 'seo', label: 'SEO score', unit: '/100' },
  { key: 'totalBytes', label: 'Total transfer', unit: 'B' },
  { key: 'jsBytes', label: 'JavaScript transfer', unit: 'B' },
  { key: 'requests', label: 'Requests', unit: '' },
  { key: 'benchmarkIndex', label: 'Host CPU benchmark index', unit: '/100' },
];
const numericKeys = [...metrics.map((m) => m.key), 'cssBytes', 'documentBytes', 'observedLcp', 'observedFcp'];

export function medians(samples) {
  return Object.fromEntries(numericKeys.map((key) => [key, median(samples.map((s) => s[key]))]));
}

const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');

export function format(value, unit) {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'ms') return `${int(value)} ms`;
  if (unit === 'B') return `${int(value)} B`;
  if (unit === 'kB') return `${(value / 1000).toFixed(1)} kB`;
  if (unit === '/100') return int(value);
  if (unit === '') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  return `${value} ${unit}`;
}

/** Milliseconds to one decimal place. */
const tenths = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const ratioText = (r) => (Number.isFinite(r) ? r.toFixed(2) : 'n/a');
const range = (values, show) =>
  values.length > 1 ? ` (${show(Math.min(...values))} to ${show(Math.max(...values))})` : '';

/** App / floor for each pair of runs (run i of the app against run i of the floor). */
function pairRatios(samples, key) {
  return samples.app.map((s, i) => s[key] / samples.floor[i]?.[key]).filter(Number.isFinite);
}

/**
 * The goals of issue 10, each with the measured value as printed and whether it is met.
 * Lighthouse goals on medians are the medians of alternating runs; "every run" goals take the worst.
 */
export function goalsFor({ samples, medians: m, taps, firstLoad }) {
  const lcpRatios = pairRatios(samples, 'lcp');
  const fcpRatios = pairRatios(samples, 'fcp');
  const lcpRatio = m.app.lcp / m.floor.lcp;
  const fcpRatio = m.app.fcp / m.floor.fcp;
  const tbts = samples.app.map((s) => s.tbt);
  const clss = samples.app.map((s) => s.cls);
  const slowest = taps.steps.reduce((a, b) => (b.max > a.max ? b : a), taps.steps[0]);
  const scores = ['performance', 'accessibility', 'bestPractices', 'seo'].map((key) => m.app[key]);
  return [
    {
      measure: 'LCP, app / floor (median)',
      value: ratioText(lcpRatio) + range(lcpRatios, ratioText),
      goal: 'at most 1.10',
      met: lcpRatio <= 1.1,
    },
    {
      measure: 'FCP, app / floor (median)',
      value: ratioText(fcpRatio) + range(fcpRatios, ratioText),
      goal: 'at most 1.10',
      met: fcpRatio <= 1.1,
    },
    {
      measure: 'Total blocking time, every run',
      value: `${format(Math.max(...tbts), 'ms')} slowest, ${format(m.app.tbt, 'ms')} median`,
      goal: 'under 50 ms',
      met: tbts.every((t) => t < 50),
    },
    {
      measure: 'Cumulative layout shift, every run',
      value: format(Math.max(...clss), ''),
      goal: '0',
      met: clss.every((c) => c === 0),
    },
    {
      measure: 'Tap to next screen, every tap',
      value: `${format(taps.max, 'ms')} slowest (${slowest?.button} to ${slowest?.to}); floor ${format(taps.floor.max, 'ms')}`,
      goal: 'under 50 ms',
      met: taps.max < 50,
    },
    {
      measure: 'Tap to next screen, median',
      value: `${format(taps.median, 'ms')}; floor ${format(taps.floor.median, 'ms')}`,
      goal: 'under 30 ms',
      met: taps.median < 30,
    },
    {
      measure: 'JavaScript before the welcome screen is usable',
      value: `${format(firstLoad.bytes, 'kB')} gzipped`,
      goal: 'at most 100 kB',
      met: firstLoad.bytes <= 100_000,
    },
    {
      measure: 'Performance, accessibility, best practices, SEO',
      value: scores.map(int).join(' / '),
      goal: '100 each',
      met: scores.every((s) => s === 100),
    },
  ];
}

/**
 * The gap between the app's median tap and the floor's, in three shares that add up to it: the
 * page itself (its heading tapped, the click stopped before React, less the floor), the browser
 * putting up the next screen (shown by DOM calls before React, less the heading tap), and the
 * app's handling of the click (the app less that). They add up to the gap, give or take their
 * rounding. Medians of different taps, so a share can be below zero.
 */
export function tapSplit(taps) {
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    gap: round(taps.median - taps.floor.median),
    page: round(taps.pageOnly.median - taps.floor.median),
    drawing: round(taps.swapOnly.median - taps.pageOnly.median),
    app: round(taps.median - taps.swapOnly.median),
  };
}

export function table(rows, align) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (align[c] === 'r' ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c])))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

/** Audits that cost points in some runs: "accessibility color-contrast: 3/5 runs". */
export function lostPoints(samples) {
  const counts = new Map();
  for (const sample of samples) {
    for (const item of sample.lost) {
      const key = `${item.category} ${item.audit}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, n]) => `${key}: ${n}/${samples.length} runs`);
}

/** Things that make the figures less trustworthy, or explain a score below 100. */
function notesFor(results) {
  const { samples, runs, floorCheck, taps } = results;
  const notes = [];
  for (const [name, list] of Object.entries(samples)) {
    for (const line of lostPoints(list)) notes.push(`${name}: ${line}`);
    for (const warning of new Set(list.flatMap((s) => s.warnings)))
      notes.push(`${name}: Lighthouse warning: ${warning}`);
  }
  const idleTbt = samples.floor.filter((s) => s.tbt > 0).length;
  if (idleTbt > 0) {
    notes.push(
      `the floor runs no JavaScript yet shows blocking time in ${idleTbt}/${runs} runs: ` +
        'that is other work on this host competing for the CPU, and it inflates the app figures too',
    );
  }
  // A page that does nothing but change its heading sets what this host can do at the moment.
  const floorMisses = [
    taps.floor.median >= 30 && `its median tap is ${format(taps.floor.median, 'ms')}`,
    taps.floor.max >= 50 && `its slowest ${format(taps.floor.max, 'ms')}`,
  ].filter(Boolean);
  if (floorMisses.length > 0) {
    notes.push(
      `the tap floor itself misses the tap goals on this host now (${floorMisses.join(', ')}): ` +
        'no page could meet them here today; the app against the floor is what this run can show',
    );
  }
  for (const problem of floorCheck.problems) notes.push(`floor check: ${problem}`);
  for (const error of new Set(taps.pageErrors)) notes.push(`app page error during the journey: ${error}`);
  return notes;
}

/** The report as printed: context, the goals table, Lighthouse medians, every tap. */
export function renderReport(results) {
  const { samples, medians: m, taps, firstLoad, host, runs, goals } = results;
  const lines = [];
  const print = (line = '') => lines.push(line);

  print(`Benchmark: ${results.date}`);
  print(
    `Lighthouse ${results.lighthouse}, mobile preset (simulated throttling: 150 ms RTT, 1.6 Mbps, CPU x4), ` +
      `${runs} runs per page, alternating; ${results.chromium}; Node ${results.node}`,
  );
  const busiest = Math.max(host.loadAverage.start, host.loadAverage.end);
  print(
    `Host: ${host.cores} cores, load average ${host.loadAverage.start} at start, ${host.loadAverage.end} at end` +
      (busiest > host.cores ? ' (busy: other work competes for the CPU, expect noisy CPU figures)' : ''),
  );
  print(
    `First load (build manifest): ${firstLoad.files.map((f) => `${f.file} ${format(f.gzip, 'kB')}`).join(', ')}` +
      (results.later.length > 0
        ? `; later: ${results.later.map((f) => `${f.file} ${format(f.gzip, 'kB')}`).join(', ')}`
        : '; nothing loaded later'),
  );
  print();
  print('Goals (app)');
  print(
    table(
      [['measure', 'value', 'goal', 'met'], ...goals.map((g) => [g.measure, g.value, g.goal, g.met ? 'yes' : 'NO'])],
      ['l', 'l', 'l', 'l'],
    ),
  );
  print(`${goals.filter((g) => g.met).length} of ${goals.length} goals met`);
  print();
  print(`Lighthouse medians (floor: the welcome screen as one HTML file, styles inline, no script)`);
  print(
    table(
      [
        ['', 'app', 'floor'],
        ...metrics.map((metric) => [
          metric.label,
          format(m.app[metric.key], metric.unit),
          format(m.floor[metric.key], metric.unit),
        ]),
      ],
      ['l', 'r', 'r'],
    ),
  );
  for (const key of ['lcp', 'fcp', 'tbt']) {
    print(`${key.toUpperCase()} per run, app:   ${samples.app.map((s) => Math.round(s[key])).join(', ')} ms`);
    print(`${key.toUpperCase()} per run, floor: ${samples.floor.map((s) => Math.round(s[key])).join(', ')} ms`);
  }
  print();
  print(
    `Tap to next screen (CPU x${taps.cpuSlowdown}, ${taps.journeys} journeys, ${taps.count} taps, ` +
      'a touch -> new h1 in the DOM -> that frame drawn; floor: a page that only changes its heading)',
  );
  print(
    table(
      [
        ['tap', 'next screen', 'median', 'slowest'],
        ...taps.steps.map((s) => [s.button, s.to, format(s.median, 'ms'), format(s.max, 'ms')]),
        ['all taps', '', format(taps.median, 'ms'), format(taps.max, 'ms')],
        ['floor', `${taps.floor.times.length} taps`, format(taps.floor.median, 'ms'), format(taps.floor.max, 'ms')],
        [
          'floor, first tap',
          `a page's first touch, as Start is (${taps.floor.first.times.length} taps)`,
          format(taps.floor.first.median, 'ms'),
          format(taps.floor.first.max, 'ms'),
        ],
        [
          'app page, click stopped',
          `a tap on each screen's heading, its click stopped before React (${taps.pageOnly.times.length} taps)`,
          format(taps.pageOnly.median, 'ms'),
          format(taps.pageOnly.max, 'ms'),
        ],
        [
          'next screen, click stopped',
          `each main button's tap, the next screen shown by DOM calls before React (${taps.swapOnly.times.length} taps)`,
          format(taps.swapOnly.median, 'ms'),
          format(taps.swapOnly.max, 'ms'),
        ],
      ],
      ['l', 'l', 'r', 'r'],
    ),
  );
  print(
    `(medians: input delay before the click handler ${format(taps.inputDelayMedian, 'ms')}, ` +
      `on the floor ${format(taps.floor.inputDelayMedian, 'ms')}, ` +
      `with the click stopped ${format(taps.pageOnly.inputDelayMedian, 'ms')} (heading) and ` +
      `${format(taps.swapOnly.inputDelayMedian, 'ms')} (next screen); ` +
      `tap to the new heading in the DOM ${format(taps.domMedian, 'ms')})`,
  );
  const split = tapSplit(taps);
  print(
    `Of the ${tenths(split.gap)} between the app's median and the floor's: the page itself ${tenths(split.page)}, ` +
      `putting up the next screen ${tenths(split.drawing)}, the app's handling of the click ${tenths(split.app)} ` +
      '(the shares move by several ms between runs of one build: compare builds by turns)',
  );

  const notes = notesFor(results);
  if (notes.length > 0) {
    print();
    print('Points lost and warnings');
    for (const note of notes) print(`  ${note}`);
  }
  print();
  print(`Run time: ${results.runTimeS} s`);
  return lines.join('\n');
}

/** A tap of a journey, by its button and the screen it led to. */
const stepKey = (t) => `${t.button} -> ${t.to}`;
/** The screens a journey's taps led to, in order, as one string to compare journeys by. */
const route = (taps) => taps.map(stepKey).join('\n');

/**
 * The report of `npm run bench:turns`: each build's taps, each screen side by side, and the
 * pairs of journeys that ran one after the other. The paired figure (the median of each pair's
 * difference of medians) is less moved by the machine's drift between pairs than the two medians
 * are, but noise within a pair stays in it. Only journeys that tapped through the same screens
 * are paired.
 */
export function renderTurns({ date, chromium, host, cpuSlowdown, builds }) {
  const [here, other] = builds;
  const ms = tenths;
  const signed = (value) => {
    const rounded = Math.round(value * 10) / 10;
    return rounded > 0 ? `+${ms(rounded)}` : ms(rounded === 0 ? 0 : rounded);
  };
  const all = (build) => build.journeys.flat();
  const summary = (build) => ({
    median: median(all(build).map((t) => t.ms)),
    max: Math.max(...all(build).map((t) => t.ms)),
    start: median(build.journeys.map((taps) => taps[0]?.ms)),
    inputDelay: median(all(build).map((t) => t.inputDelayMs)),
  });
  const [a, b] = [summary(here), summary(other)];
  const pairDiffs = here.journeys
    .map((taps, i) => [taps, other.journeys[i] ?? []])
    .filter(([mine, theirs]) => route(mine) === route(theirs))
    .map(([mine, theirs]) => median(mine.map((t) => t.ms)) - median(theirs.map((t) => t.ms)))
    .filter(Number.isFinite);
  const routes = new Set([...here.journeys, ...other.journeys].map(route));
  const keys = [...new Set([...all(here), ...all(other)].map(stepKey))];
  const at = (build, key) => median(build.journeys.map((taps) => taps.find((t) => stepKey(t) === key)?.ms));
  const lines = [
    `By turns: ${date}; ${chromium}; CPU x${cpuSlowdown}; ` +
      `load average ${host.loadAverage.start} at start, ${host.loadAverage.end} at end (${host.cores} cores)`,
    `here:  ${here.label}, ${here.journeys.length} journeys, ${all(here).length} taps`,
    `other: ${other.label}, ${other.journeys.length} journeys, ${all(other).length} taps`,
  ];
  if (routes.size > 1) {
    lines.push(
      `The journeys did not all tap through the same screens (${routes.size} different routes): ` +
        'two journeys are paired below only when both tapped through the same screens',
    );
  }
  lines.push(
    '',
    table(
      [
        ['', 'here', 'other', 'here - other'],
        ['every tap, median', ms(a.median), ms(b.median), signed(a.median - b.median)],
        ['every tap, slowest', ms(a.max), ms(b.max), signed(a.max - b.max)],
        ['Start, median', ms(a.start), ms(b.start), signed(a.start - b.start)],
        ['input delay, median', ms(a.inputDelay), ms(b.inputDelay), signed(a.inputDelay - b.inputDelay)],
      ],
      ['l', 'r', 'r', 'r'],
    ),
    '',
    pairDiffs.length > 0
      ? `Pairs of journeys run one after the other, here - other, median of the pairs: ${signed(median(pairDiffs))} ` +
          `(from ${signed(Math.min(...pairDiffs))} to ${signed(Math.max(...pairDiffs))}; ` +
          `here quicker in ${pairDiffs.filter((d) => d < 0).length} of ${pairDiffs.length})`
      : 'No pair of journeys tapped through the same screens: nothing to pair',
    '',
    table(
      [
        ['tap', 'here', 'other', 'here - other'],
        ...keys.map((key) => [key, ms(at(here, key)), ms(at(other, key)), signed(at(here, key) - at(other, key))]),
      ],
      ['l', 'r', 'r', 'r'],
    ),
  );
  return lines.join('\n');
}

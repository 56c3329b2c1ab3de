// Medians, goals and the printed table.

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
  if (unit === '/100') return int(value);
  if (unit === '') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  return `${value} ${unit}`;
}

export function goalsFor(app, stat, taps) {
  const ratio = app.lcp / stat.lcp;
  const goals = [
    {
      goal: 'LCP app / LCP static copy <= 1.15',
      value: Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a',
      met: ratio <= 1.15,
    },
    { goal: 'Total Blocking Time < 50 ms', value: format(app.tbt, 'ms'), met: app.tbt < 50 },
    { goal: 'Cumulative Layout Shift = 0', value: format(app.cls, ''), met: app.cls === 0 },
    { goal: 'Performance score = 100', value: int(app.performance), met: app.performance === 100 },
    { goal: 'Accessibility score = 100', value: int(app.accessibility), met: app.accessibility === 100 },
    { goal: 'Best practices score = 100', value: int(app.bestPractices), met: app.bestPractices === 100 },
    { goal: 'SEO score = 100', value: int(app.seo), met: app.seo === 100 },
  ];
  if (taps) {
    goals.push({ goal: 'Tap to next screen, median < 50 ms', value: format(taps.median, 'ms'), met: taps.median < 50 });
  }
  return { ratio, goals };
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

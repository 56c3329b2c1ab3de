// Lighthouse 12 runs with the default (mobile) config: Moto G Power emulation and simulated
// throttling (150 ms RTT, 1.6 Mbps, CPU x4). One Chrome serves every run; if a run fails,
// Chrome is relaunched and the run is tried once more.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const runTimeoutMs = 120_000;

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The numbers the report needs from one Lighthouse result. */
export function summarize(lhr) {
  const audits = lhr.audits;
  const value = (id) => audits[id]?.numericValue ?? Number.NaN;
  const summary = audits['resource-summary']?.details?.items ?? [];
  const bytesOf = (type) => summary.find((item) => item.resourceType === type)?.transferSize ?? 0;
  const observed = audits.metrics?.details?.items?.[0] ?? {};
  const score = (id) => (lhr.categories[id]?.score == null ? Number.NaN : Math.round(lhr.categories[id].score * 100));

  // Audits that cost points, to explain a category below 100.
  const lost = [];
  for (const id of categories) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        lost.push({ category: id, audit: ref.id, score: audit.score, displayValue: audit.displayValue ?? '' });
      }
    }
  }
  return {
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    speedIndex: value('speed-index'),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    totalBytes: value('total-byte-weight'),
    jsBytes: bytesOf('script'),
    cssBytes: bytesOf('stylesheet'),
    documentBytes: bytesOf('document'),
    requests: summary.find((item) => item.resourceType === 'total')?.requestCount ?? Number.NaN,
    // Lighthouse's measure of the host CPU at the time of the run: it falls when other work
    // competes for the CPU, and simulated throttling then inflates CPU-bound metrics (TBT).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
    observedLcp: observed.observedLargestContentfulPaint ?? Number.NaN,
    observedFcp: observed.observedFirstContentfulPaint ?? Number.NaN,
    lost,
    warnings: lhr.runWarnings ?? [],
  };
}

export class LighthouseRunner {
  constructor({ chromePath, chromeFlags, log = () => {} }) {
    this.chromePath = chromePath;
    this.chromeFlags = chromeFlags;
    this.log = log;
    this.chrome = null;
    this.version = null;
    this.shutDown = false;
  }

  async launch() {
    await this.close();
    if (this.shutDown) throw new Error('the benchmark is shutting down');
    const chrome = await chromeLauncher.launch({
      chromePath: this.chromePath,
      chromeFlags: this.chromeFlags,
      logLevel: 'silent',
      handleSIGINT: false,
    });
    // A shutdown that began while Chrome was starting must not leave it running.
    if (this.shutDown) {
      chrome.kill();
      throw new Error('the benchmark is shutting down');
    }
    this.chrome = chrome;
  }

  async runOnce(url) {
    if (!this.chrome) await this.launch();
    const result = await withTimeout(
      lighthouse(url, { port: this.chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }),
      runTimeoutMs,
      `Lighthouse on ${url}`,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    this.version = lhr.lighthouseVersion;
    return summarize(lhr);
  }

  /** One run; on failure relaunch Chrome and try once more. */
  async run(url) {
    try {
      return await this.runOnce(url);
    } catch (error) {
      if (this.shutDown) throw error;
      this.log(`  run failed (${error.message}); relaunching Chrome and retrying once`);
      await this.launch();
      return this.runOnce(url);
    }
  }

  /** Kills Chrome for good: no retry may launch another one. */
  async shutdown() {
    this.shutDown = true;
    await this.close();
  }

  async close() {
    const chrome = this.chrome;
    this.chrome = null;
    if (chrome) {
      try {
        chrome.kill();
      } catch {
        // Already gone.
      }
    }
  }
}

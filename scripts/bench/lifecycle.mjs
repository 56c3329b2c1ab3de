import os from 'node:os';

// What each benchmark script needs around its work: whole-number settings read from the
// environment, the host's load, and a clean end however the run ends (done, failed, out of time or stopped with
// Ctrl-C): every server, browser, temporary folder and worktree it started is closed or removed.

export const log = (message) => process.stderr.write(`${message}\n`);

/** The host's load average over the last minute, to one decimal place. */
export const loadAverage = () => Math.round(os.loadavg()[0] * 10) / 10;

/** A whole number of at least 1 from the environment variable `name`, or `fallback` if unset. */
export function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, not "${raw}"`);
  return n;
}

/**
 * Runs `main(cleanups)`, where `cleanups` takes functions that undo what main started; they run
 * last first, once main ends, fails, passes `timeoutS` or is stopped by a signal. Then exits:
 * 0 when done, 1 when failed, 2 out of time, 130 stopped.
 */
export async function runMain(name, timeoutS, main) {
  const cleanups = [];
  let stopping = false;
  // One clean-up however many ways the run ends at once: a signal during the last clean-up waits
  // for it instead of starting another.
  let cleaning;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      while (cleanups.length > 0) {
        try {
          await cleanups.pop()();
        } catch (error) {
          log(`cleanup: ${error.message}`);
        }
      }
    })());
  const stop = async (message, code) => {
    if (stopping) {
      log(`${name}: still cleaning up`);
      return;
    }
    stopping = true;
    log(`${name}: ${message}`);
    await cleanUp();
    process.exit(code);
  };
  const watchdog = setTimeout(
    () => stop(`gave up after ${timeoutS} s (set BENCH_TIMEOUT_S to allow longer)`, 2),
    timeoutS * 1000,
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(`${signal}, cleaning up`, 130));

  let exitCode = 0;
  try {
    await main(cleanups);
  } catch (error) {
    // After the time limit or a signal, the failure is just the browsers being closed under us.
    if (!stopping) log(`${name} failed: ${error?.stack ?? error}`);
    exitCode = 1;
  } finally {
    await cleanUp();
    clearTimeout(watchdog);
  }
  // After the time limit or a signal, stop() ends the process with its own code.
  if (stopping) await new Promise(() => {});
  process.exit(exitCode);
}

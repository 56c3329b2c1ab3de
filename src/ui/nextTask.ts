/**
 * Start-up work done in one go blocks the page: at a phone's speed a tap on it waits until it
 * ends. These split it into tasks of their own, so the browser can paint and answer a tap
 * between them.
 */

/** Resolves in a new task, once the browser has had a chance to handle input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` when the page has nothing else to do (after the app has taken over the page),
 * or within a second at the latest. Safari has no `requestIdleCallback`: there, a new task.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
}

/**
 * Runs `work` once the browser has drawn the next frame, so that a tap's new screen is on the
 * glass before work nobody sees (a history entry, a save). A hidden page draws no frames: then
 * a quarter of a second later at most. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    work();
  };
  const frame = requestAnimationFrame(() => setTimeout(run, 0));
  const fallback = setTimeout(run, 250);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}

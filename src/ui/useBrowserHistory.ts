import { useEffect, useRef } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { journeyMachine, Step } from '../machine/journeyMachine';
import { afterNextPaint } from './nextTask';

/** The browser history entries this app pushes carry their place in the journey. */
interface HistoryMark {
  journeyIndex: number;
}

function indexOf(state: unknown): number | undefined {
  const index = (state as Partial<HistoryMark> | null)?.journeyIndex;
  return typeof index === 'number' ? index : undefined;
}

function pushEntry(journeyIndex: number): void {
  window.history.pushState({ journeyIndex } satisfies HistoryMark, '');
}

/**
 * Each new step gets a browser history entry, and the browser's Back button walks back through
 * the questions instead of leaving the app.
 *
 * Writing the entry is slow at a phone's speed, so it waits until the tap's new screen is drawn.
 * A Back pressed in between leaves the entry of the screen before the one shown: the app then
 * goes back a step all the same, and writes that step's entry again, so that the browser and the
 * app stay on the same step.
 */
export function useBrowserHistory(actor: ActorRefFrom<typeof journeyMachine>, step: Step, enabled: boolean): void {
  /** The entry the browser is on, as far as this app knows. */
  const historyIndex = useRef(0);
  const shownStep = useRef<Step | null>(null);
  /** The step now changing came from the browser's Back button: it has its history entry already. */
  const fromHistory = useRef(false);
  /** The new step's entry, waiting for the next frame: writes it at once. */
  const waiting = useRef<{ write: () => void; cancel: () => void } | null>(null);

  /** The entry the app opened in carries its place too (once: a reload finds it there). */
  const marked = useRef(false);
  const markEntry = () => {
    if (marked.current) return;
    marked.current = true;
    window.history.replaceState({ ...window.history.state, journeyIndex: historyIndex.current }, '');
  };

  useEffect(() => {
    if (!enabled) return;
    const found = indexOf(window.history.state);
    historyIndex.current = found ?? 0;
    marked.current = found !== undefined;
    // Not in the task that ends the start-up either. A new step before then marks the entry first (below).
    const later = setTimeout(markEntry, 0);
    const onPopState = (event: PopStateEvent) => {
      const index = indexOf(event.state);
      if (index === undefined) return;
      const unwritten = waiting.current;
      waiting.current = null;
      unwritten?.cancel();
      const wentBack = index < historyIndex.current;
      historyIndex.current = index;
      if (!wentBack) return;
      const before = actor.getSnapshot().value;
      actor.send({ type: 'back' });
      fromHistory.current = actor.getSnapshot().value !== before;
      if (unwritten) {
        // The Back left the screen before the one shown: the step the app went back to needs its entry again.
        historyIndex.current = index + 1;
        pushEntry(historyIndex.current);
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      clearTimeout(later);
      window.removeEventListener('popstate', onPopState);
      waiting.current?.write();
    };
  }, [actor, enabled]);

  useEffect(() => {
    const changed = shownStep.current !== null && shownStep.current !== step;
    shownStep.current = step;
    if (!enabled || !changed) return;
    if (fromHistory.current) {
      fromHistory.current = false;
      return;
    }
    markEntry();
    // Two steps in one frame: the first one's entry goes in first.
    waiting.current?.write();
    const write = () => {
      if (waiting.current !== entry) return;
      waiting.current = null;
      entry.cancel();
      historyIndex.current += 1;
      pushEntry(historyIndex.current);
    };
    const entry = { write, cancel: afterNextPaint(write) };
    waiting.current = entry;
  }, [step, enabled]);
}

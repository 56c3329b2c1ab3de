import { useEffect, useRef } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { journeyMachine, Step } from '../machine/journeyMachine';

/** The browser history entries this app pushes carry their place in the journey. */
interface HistoryMark {
  journeyIndex: number;
}

function indexOf(state: unknown): number | undefined {
  const index = (state as Partial<HistoryMark> | null)?.journeyIndex;
  return typeof index === 'number' ? index : undefined;
}

/**
 * Each new step gets a browser history entry, and the browser's Back button walks back through
 * the questions instead of leaving the app.
 */
export function useBrowserHistory(actor: ActorRefFrom<typeof journeyMachine>, step: Step, enabled: boolean): void {
  const historyIndex = useRef(0);
  const shownStep = useRef<Step | null>(null);
  /** The step now changing came from the browser's Back button: it has its history entry already. */
  const fromHistory = useRef(false);

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
    // Writing to the history is slow at a phone's speed: not in the task that ends the start-up.
    // A new step before then marks the entry first (below).
    const later = setTimeout(markEntry, 0);
    const onPopState = (event: PopStateEvent) => {
      const index = indexOf(event.state);
      if (index === undefined) return;
      const wentBack = index < historyIndex.current;
      historyIndex.current = index;
      if (!wentBack) return;
      const before = actor.getSnapshot().value;
      actor.send({ type: 'back' });
      fromHistory.current = actor.getSnapshot().value !== before;
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      clearTimeout(later);
      window.removeEventListener('popstate', onPopState);
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
    historyIndex.current += 1;
    window.history.pushState({ journeyIndex: historyIndex.current } satisfies HistoryMark, '');
  }, [step, enabled]);
}

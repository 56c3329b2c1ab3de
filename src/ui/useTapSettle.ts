import { useEffect, useLayoutEffect, useRef } from 'react';

/** Long enough to swallow the second tap of a double tap (60 to 300 ms apart), short enough to go unnoticed. */
export const tapSettleMs = 400;

/**
 * A tap answers only the screen it was aimed at. When the screen changes, a click whose press
 * began before the change, or in the short settling time after it, is dropped before React
 * sees it: a double tap on Start or Continue must not tick an answer on the next screen.
 * Keyboard activations (click events with no press count) always go through.
 */
export function useTapSettle(screen: string, settleMs: number = tapSettleMs): void {
  const changedAt = useRef(Number.NEGATIVE_INFINITY);
  const pressedAt = useRef(Number.NEGATIVE_INFINITY);
  const first = useRef(true);

  // Before paint, so that no press can slip in between the new screen and the mark.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    changedAt.current = performance.now();
  }, [screen]);

  useEffect(() => {
    const press = () => {
      pressedAt.current = performance.now();
    };
    const click = (event: MouseEvent) => {
      if (event.detail === 0) return;
      if (pressedAt.current < changedAt.current + settleMs) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('pointerdown', press, true);
    window.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('pointerdown', press, true);
      window.removeEventListener('click', click, true);
    };
  }, [settleMs]);
}

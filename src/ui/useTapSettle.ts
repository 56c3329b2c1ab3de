import { useEffect, useLayoutEffect, useRef } from 'react';

/** Long enough to swallow the second tap of a double tap (60 to 300 ms apart), short enough to go unnoticed. */
export const tapSettleMs = 600;

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
    const began = () => pressedAt.current < changedAt.current + settleMs;
    const press = (event: PointerEvent) => {
      // When the finger went down, not when a busy tablet got round to this handler: a tap made
      // while the new screen was still being drawn began before it. (The event's own time is on
      // the same clock as performance.now() in browsers; the smaller of the two covers any that
      // use another clock.)
      pressedAt.current = Math.min(event.timeStamp, performance.now());
      // Nor may the stray press move focus off the new heading: a screen reader would lose its place.
      if (began()) event.preventDefault();
    };
    // A busy tablet may fire a touch's mouse events after the screen has changed under it, and
    // may then send no click at all: the press began on the old screen, so it moves no focus.
    const mousePress = (event: MouseEvent) => {
      if (began()) event.preventDefault();
    };
    const click = (event: MouseEvent) => {
      if (event.detail === 0) return;
      if (began()) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('pointerdown', press, true);
    window.addEventListener('mousedown', mousePress, true);
    window.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('pointerdown', press, true);
      window.removeEventListener('mousedown', mousePress, true);
      window.removeEventListener('click', click, true);
    };
  }, [settleMs]);
}

import { useEffect, useRef, useState } from 'react';
import { createActor, type ActorRefFrom } from 'xstate';
import { idleMachine } from '../machine/idleMachine';

/** The warning counts down this long: WCAG 2.2.1 asks for at least 20 seconds. */
export const idleWarnMs = 30_000;

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'scroll', 'input'] as const;

export interface IdleErase {
  /** The "Are you still there?" warning is showing. */
  readonly warning: boolean;
  readonly secondsLeft: number;
  readonly stillHere: () => void;
}

/**
 * The waiting-room tablet's idle erase: after `idleMinutes` with no touch or key press, a
 * warning; after the warning, `onErase`. Runs only while `enabled`.
 */
export function useIdleErase(enabled: boolean, idleMinutes: number, onErase: () => void): IdleErase {
  const [warnedAt, setWarnedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const actor = useRef<ActorRefFrom<typeof idleMachine> | null>(null);
  const erase = useRef(onErase);

  useEffect(() => {
    erase.current = onErase;
  }, [onErase]);

  useEffect(() => {
    if (!enabled) return;
    const idle = createActor(idleMachine, { input: { idleMs: idleMinutes * 60_000, warnMs: idleWarnMs } });
    idle.subscribe((snapshot) => {
      const warned = snapshot.value === 'warning' ? snapshot.context.warnedAt : null;
      setWarnedAt(warned);
      // Only the warning's countdown needs the time: every touch and scroll starts the quiet time
      // again, and must not redraw the screen.
      if (warned !== null) setNow(Date.now());
      if (snapshot.status === 'done') erase.current();
    });
    const activity = () => idle.send({ type: 'activity' });
    for (const type of activityEvents) window.addEventListener(type, activity, { capture: true, passive: true });
    idle.start();
    actor.current = idle;
    return () => {
      for (const type of activityEvents) window.removeEventListener(type, activity, { capture: true });
      idle.stop();
      actor.current = null;
      setWarnedAt(null);
    };
  }, [enabled, idleMinutes]);

  useEffect(() => {
    if (warnedAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [warnedAt]);

  const warning = enabled && warnedAt !== null;
  return {
    warning,
    secondsLeft: warning ? Math.max(0, Math.ceil((warnedAt + idleWarnMs - now) / 1000)) : 0,
    stillHere: () => actor.current?.send({ type: 'stillHere' }),
  };
}

import { useEffect } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { journeyMachine, JourneySnapshot } from '../machine/journeyMachine';
import { saveJourney } from '../machine/savedJourney';
import { afterNextPaint } from './nextTask';
import { sessionStore, storageKeys } from './storage';

/**
 * Keeps the patient's place across an accidental reload, and forgets it at the welcome page.
 * A save waits until the tap's new screen is drawn (writing storage is slow at a phone's speed),
 * and is made at once if the page goes away first; forgetting is never put off.
 */
export function useSavedJourney(actor: ActorRefFrom<typeof journeyMachine>, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let pending: JourneySnapshot | null = null;
    let cancel = () => {};
    const flush = () => {
      cancel();
      if (pending === null) return;
      sessionStore.write(storageKeys.journey, saveJourney(pending));
      pending = null;
    };
    const subscription = actor.subscribe((snapshot) => {
      if (snapshot.value === 'welcome') {
        cancel();
        pending = null;
        sessionStore.remove(storageKeys.journey);
        return;
      }
      const waiting = pending !== null;
      pending = snapshot;
      if (!waiting) cancel = afterNextPaint(flush);
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      subscription.unsubscribe();
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [actor, enabled]);
}

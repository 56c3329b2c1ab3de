import { useEffect } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { journeyMachine } from '../machine/journeyMachine';
import { saveJourney } from '../machine/savedJourney';
import { sessionStore, storageKeys } from './storage';

/** Keeps the patient's place across an accidental reload, and forgets it at the welcome page. */
export function useSavedJourney(actor: ActorRefFrom<typeof journeyMachine>, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const subscription = actor.subscribe((snapshot) => {
      if (snapshot.value === 'welcome') sessionStore.remove(storageKeys.journey);
      else sessionStore.write(storageKeys.journey, saveJourney(snapshot));
    });
    return () => subscription.unsubscribe();
  }, [actor, enabled]);
}

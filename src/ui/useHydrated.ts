import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the prerendered HTML and while React takes it over, true after. What the prerendered
 * page cannot know (the browser's voices, the page's query) or must not offer before the app
 * runs (a Start button) waits for it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

import { useSyncExternalStore } from 'react';

/** A prerendered page is being hydrated: what waits for the app still shows as in the HTML. */
let hydrating = false;
let listeners: (() => void)[] = [];

/** Called before hydrating a prerendered page (boot.tsx); a page rendered afresh never waits. */
export function markHydrating(): void {
  hydrating = true;
}

/**
 * The first component to subscribe does so as the hydration ends. Its components then change in
 * a task of their own: re-rendering them in the one that ends the hydration would make it a long one.
 */
function subscribe(onChange: () => void): () => void {
  if (hydrating && listeners.length === 0) {
    setTimeout(() => {
      hydrating = false;
      const waiting = listeners;
      listeners = [];
      for (const listener of waiting) listener();
    }, 0);
  }
  if (hydrating) listeners.push(onChange);
  return () => {
    listeners = listeners.filter((listener) => listener !== onChange);
  };
}

/**
 * False in the prerendered HTML and while React takes it over, true after. What the prerendered
 * page cannot know (the browser's voices, the page's query) or must not offer before the app
 * runs (a Start button) waits for it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !hydrating,
    () => false,
  );
}

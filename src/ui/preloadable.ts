import { lazy, type ComponentType } from 'react';

/**
 * A screen whose code loads apart from the first screen's, so the welcome page stays small.
 * `preload()` fetches it in the background; once it has arrived the screen renders at once,
 * with no loading flash, so the heading that takes focus is already there.
 */
export function preloadable<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = (): Promise<M> =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // Try again next time: the Wi-Fi may be back.
        loading = undefined;
        throw error;
      },
    ));
  const Component = lazy(() => {
    if (loaded === undefined) return preload().then((module) => ({ default: pick(module) }));
    const ready = { default: pick(loaded) };
    // A thenable that answers at once: React then renders without suspending.
    return { then: (resolve: (value: typeof ready) => void) => resolve(ready) } as unknown as Promise<typeof ready>;
  });
  return { Component, preload };
}

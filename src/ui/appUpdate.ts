// The service worker (written at build time by scripts/service-worker.mjs) keeps the app working offline.
// A new version, once deployed, downloads in the background and then waits: it is applied only
// between patients, at an erase or a new start, because the reload it needs would lose a
// patient's place in the middle of a journey.

let registration: ServiceWorkerRegistration | undefined;

/** A kiosk stays on one page all day: look for a new version every hour, not only at a reload. */
const checkEvery = 60 * 60 * 1000;

/** Registers the service worker in the built app. Any failure leaves the app working online. */
export function registerServiceWorker(): void {
  // `npm start` and Vitest have no service worker to register.
  if (!import.meta.env.PROD) return;
  try {
    navigator.serviceWorker.register('./sw.js').then(
      (found) => {
        registration = found;
        setInterval(() => found.update().catch(() => {}), checkEvery);
      },
      // Refused (a private window, a blocked storage, an iframe's partitioned storage): online only.
      () => {},
    );
  } catch {
    // No service worker in this browser, or not on https: (a file:// copy, a plain http: host).
  }
}

/**
 * Call only between patients, after their answers are erased. If a new version is waiting, it
 * takes over and the page reloads once it has (true); otherwise nothing happens (false).
 */
export function applyWaitingUpdate(): boolean {
  const waiting = registration?.waiting;
  if (!waiting) return false;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  // The worker answers this message by skipping its wait.
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}

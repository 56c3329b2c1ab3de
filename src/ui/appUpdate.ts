// The service worker keeps the app working offline. A new version is never applied in the
// middle of a patient: it waits until an erase or a new start, where `applyWaitingUpdate` lets
// it take over and reloads the (by then empty) page.

let registration: ServiceWorkerRegistration | undefined;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).then(
    (registered) => {
      registration = registered;
    },
    () => {
      // No worker (a private window, a file:// page, a blocked one): the app works online as before.
    },
  );
}

/** If a new version is waiting, apply it now and reload; true when it does. */
export function applyWaitingUpdate(): boolean {
  const waiting = registration?.waiting;
  if (!waiting || !navigator.serviceWorker.controller) return false;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}

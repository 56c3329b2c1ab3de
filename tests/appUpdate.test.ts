// When a new version of the app may load: only when asked between patients, and only once the
// new service worker has taken over. The browser's service workers are stubbed here; the
// offline browser tests (tests/e2e/offline.spec.ts) run the real ones.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

type AppUpdate = typeof import('../src/ui/appUpdate');

const reload = vi.fn();

/** A fresh copy of the module (it keeps the registration) with the built app's environment. */
async function loadAppUpdate(): Promise<AppUpdate> {
  vi.resetModules();
  return import('../src/ui/appUpdate');
}

function stubServiceWorkers(register: () => Promise<unknown>) {
  const container = Object.assign(new EventTarget(), { register: vi.fn(register) });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return container;
}

const settled = () => new Promise((resolve) => setTimeout(resolve));

beforeEach(() => {
  vi.stubEnv('PROD', true);
  vi.stubGlobal('location', { reload });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  reload.mockReset();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('applying a new version', () => {
  test('a waiting new version takes over, and the page reloads once it has', async () => {
    const waiting = { postMessage: vi.fn() };
    const workers = stubServiceWorkers(async () => ({ waiting }));
    const { registerServiceWorker, applyWaitingUpdate } = await loadAppUpdate();
    registerServiceWorker();
    await settled();

    expect(applyWaitingUpdate()).toBe(true);
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();

    workers.dispatchEvent(new Event('controllerchange'));
    workers.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('with no new version waiting, nothing happens', async () => {
    const workers = stubServiceWorkers(async () => ({ waiting: null }));
    const { registerServiceWorker, applyWaitingUpdate } = await loadAppUpdate();
    registerServiceWorker();
    await settled();

    expect(applyWaitingUpdate()).toBe(false);
    workers.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('registering the service worker', () => {
  test('registers the built worker next to the page', async () => {
    const workers = stubServiceWorkers(async () => ({ waiting: null }));
    const { registerServiceWorker } = await loadAppUpdate();
    registerServiceWorker();
    expect(workers.register).toHaveBeenCalledWith('./sw.js');
  });

  test('looks for a new version every hour', async () => {
    vi.useFakeTimers();
    const registration = { waiting: null, update: vi.fn(async () => undefined) };
    stubServiceWorkers(async () => registration);
    const { registerServiceWorker } = await loadAppUpdate();
    registerServiceWorker();

    await vi.advanceTimersByTimeAsync(59 * 60 * 1000);
    expect(registration.update).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2 * 60 * 1000);
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  test('registers nothing in development and in tests', async () => {
    vi.stubEnv('PROD', false);
    const workers = stubServiceWorkers(async () => ({ waiting: null }));
    const { registerServiceWorker } = await loadAppUpdate();
    registerServiceWorker();
    expect(workers.register).not.toHaveBeenCalled();
  });

  test('a browser without service workers keeps working, with nothing to apply', async () => {
    const { registerServiceWorker, applyWaitingUpdate } = await loadAppUpdate();
    expect(() => registerServiceWorker()).not.toThrow();
    expect(applyWaitingUpdate()).toBe(false);
  });

  test('a refused registration keeps the app working, with nothing to apply', async () => {
    stubServiceWorkers(() => Promise.reject(new DOMException('Blocked', 'SecurityError')));
    const { registerServiceWorker, applyWaitingUpdate } = await loadAppUpdate();
    registerServiceWorker();
    await settled();
    expect(applyWaitingUpdate()).toBe(false);
  });
});

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import * as screens from '../src/ui/screens';

// The app fetches every later screen in the background as soon as it starts; a patient's tap
// comes long after. Here a test clicks within milliseconds, so wait for those screens first.
beforeAll(() =>
  Promise.all(Object.values(screens).flatMap((screen) => (typeof screen === 'object' ? [screen.preload()] : []))),
);

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
});

// jsdom has no modal dialogs yet; the browser tests check the real ones.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

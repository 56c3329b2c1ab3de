// Every call to Web Storage is wrapped: it throws when storage is blocked (Safari in an
// iframe, private modes, a full quota). Losing a save is better than a blank screen.

export interface SafeStore {
  read(key: string): string | null;
  write(key: string, value: string): void;
  remove(key: string): void;
}

function safeStore(storage: () => Storage): SafeStore {
  const get = () => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  return {
    read(key) {
      try {
        return get()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        get()?.setItem(key, value);
      } catch {
        // Nothing to do: the app goes on without a save.
      }
    },
    remove(key) {
      try {
        get()?.removeItem(key);
      } catch {
        // Nothing to do: there is nothing to clear if storage is blocked.
      }
    },
  };
}

/** The patient's journey: this browser tab only, gone when the tab closes. */
export const sessionStore = safeStore(() => window.sessionStorage);

/** The clinic's settings on this device: never anything a patient said. */
export const deviceStore = safeStore(() => window.localStorage);

export const storageKeys = {
  journey: 'dry-needling-journey',
  clinic: 'dry-needling-clinic',
} as const;

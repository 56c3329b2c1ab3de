// Every call to sessionStorage is wrapped: it throws when storage is blocked (Safari in an
// iframe, private modes, a full quota). Losing the save is better than a blank screen.

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export const sessionStore = {
  read(key: string): string | null {
    try {
      return storage()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  write(key: string, value: string): void {
    try {
      storage()?.setItem(key, value);
    } catch {
      // Nothing to do: the journey goes on without a save.
    }
  },
  remove(key: string): void {
    try {
      storage()?.removeItem(key);
    } catch {
      // Nothing to do: there is nothing to clear if storage is blocked.
    }
  },
};

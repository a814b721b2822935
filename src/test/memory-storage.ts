// A localStorage for tests: a Map behind the Storage interface that can be told to refuse writes
// (a full quota, blocked storage) the way browsers do, with a DOMException.
export class MemoryStorage implements Storage {
  readonly map = new Map<string, string>();
  failWrites: DOMException | null = null;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.map.set(k, v);
  }
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw this.failWrites;
    this.map.set(key, value);
  }
}

export const QUOTA_EXCEEDED = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");

/** What another tab's write or clear() looks like to this one. */
export function otherTabChanged(key: string | null) {
  window.dispatchEvent(new StorageEvent("storage", { key }));
}

/** Empties the page's localStorage and drops every store's cached value, as a clear() in another tab would. */
export function resetBrowserStorage() {
  localStorage.clear();
  otherTabChanged(null);
}

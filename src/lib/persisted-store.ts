// The one owner of localStorage access (every key it is used with is declared in
// config/storage-keys.ts). A persisted store is one key holding a versioned JSON envelope
// `{"v": version, "data": …}`, validated with zod on every read. Storage failures (disabled or
// blocked storage, private mode, a full quota, unreadable data) become state, `problem()`, never
// exceptions: the value still applies to this page. Other tabs' writes arrive through the
// `storage` event, `clear()` (key null) included. Modelled on excalidraw's LocalData.
import { useSyncExternalStore } from "react";
import * as z from "zod/mini";

export type StorageProblemKind = "unavailable" | "quota" | "unreadable";

export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
}

export const STORAGE_PROBLEMS: Record<StorageProblemKind, StorageProblem> = {
  unavailable: {
    kind: "unavailable",
    message: "This browser does not allow saving here (private mode or blocked storage).",
  },
  quota: { kind: "quota", message: "This browser's storage is full." },
  unreadable: {
    kind: "unreadable",
    message: "What this browser saved here is unreadable; it was left as it is.",
  },
};

export interface PersistedStoreOptions<T> {
  key: string;
  /** bump when the shape of `data` changes, and teach `upgrade` the older shapes */
  version: number;
  schema: z.ZodMiniType<T>;
  /** the value when nothing (readable) is stored */
  fallback: T;
  /** turns data written by an older version into this version's shape before it is validated */
  upgrade?: (data: unknown, fromVersion: number) => unknown;
  /** where to store; the browser's localStorage unless a test injects another */
  storage?: () => Storage | null;
}

export interface PersistedStore<T> {
  readonly key: string;
  /** the stored value (read once, then cached until a write or another tab's change) */
  get(): T;
  /** reads storage again, ignoring the cache (under a cross-tab lock, say) */
  refresh(): T;
  /** null when saved; otherwise why not (the value still applies to this page) */
  set(next: T): StorageProblem | null;
  remove(): StorageProblem | null;
  /** why the last read or write failed, or null */
  problem(): StorageProblem | null;
  /** whether a value (from an import, say) is one this store holds */
  accepts(value: unknown): value is T;
  subscribe(listener: () => void): () => void;
}

export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return null;
  }
}

const envelope = z.object({ v: z.number(), data: z.unknown() });

function problemOf(err: unknown): StorageProblem {
  const name = err instanceof DOMException ? err.name : "";
  const full = name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
  return STORAGE_PROBLEMS[full ? "quota" : "unavailable"];
}

/** Parses a stored envelope; null when it is not one this version can use. */
function decode<T>(raw: string, opts: PersistedStoreOptions<T>): { value: T } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const box = envelope.safeParse(parsed);
  if (!box.success || box.data.v > opts.version) return null;
  const data =
    box.data.v < opts.version && opts.upgrade ? opts.upgrade(box.data.data, box.data.v) : box.data.data;
  const valid = opts.schema.safeParse(data);
  return valid.success ? { value: valid.data } : null;
}

export function persistedStore<T>(opts: PersistedStoreOptions<T>): PersistedStore<T> {
  const storage = opts.storage ?? browserStorage;
  const listeners = new Set<() => void>();
  let cached: { value: T } | null = null;
  let problem: StorageProblem | null = null;
  const notify = () => listeners.forEach((l) => l());

  function read(): T {
    let raw: string | null = null;
    try {
      const area = storage();
      if (!area) throw new Error("no storage");
      raw = area.getItem(opts.key);
    } catch (err) {
      problem = problemOf(err);
      return opts.fallback;
    }
    if (raw === null) return ((problem = null), opts.fallback);
    const decoded = decode(raw, opts);
    problem = decoded ? null : STORAGE_PROBLEMS.unreadable;
    return decoded ? decoded.value : opts.fallback;
  }

  function write(task: (area: Storage) => void): StorageProblem | null {
    try {
      const area = storage();
      if (!area) throw new Error("no storage");
      task(area);
      problem = null;
    } catch (err) {
      problem = problemOf(err);
    }
    notify();
    return problem;
  }

  // Listens for the page's life, subscribed or not, so even an imperative get() never serves a
  // value another tab has since replaced.
  if (typeof window !== "undefined")
    window.addEventListener("storage", (e: StorageEvent) => {
      if (e.key !== null && e.key !== opts.key) return;
      cached = null;
      notify();
    });

  const store: PersistedStore<T> = {
    key: opts.key,
    get: () => (cached ??= { value: read() }).value,
    refresh: () => (cached = { value: read() }).value,
    set(next) {
      cached = { value: next };
      return write((area) => area.setItem(opts.key, JSON.stringify({ v: opts.version, data: next })));
    },
    remove() {
      cached = { value: opts.fallback };
      return write((area) => area.removeItem(opts.key));
    },
    problem: () => problem,
    accepts: (value): value is T => opts.schema.safeParse(value).success,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return store;
}

/** A store holding one of a few fixed strings (a theme, a mode). */
export function persistedChoice<const C extends readonly [string, ...string[]]>(
  key: string,
  choices: C,
  fallback: C[number],
): PersistedStore<C[number]> {
  return persistedStore<C[number]>({ key, version: 1, schema: z.enum(choices), fallback });
}

/** One store per key built from parameters (network, owner, dseq…), made once and reused. */
export function persistedFamily<T, A extends readonly string[]>(
  opts: Omit<PersistedStoreOptions<T>, "key"> & { key: (...args: A) => string },
): (...args: A) => PersistedStore<T> {
  const members = new Map<string, PersistedStore<T>>();
  return (...args) => {
    const key = opts.key(...args);
    let member = members.get(key);
    if (!member) members.set(key, (member = persistedStore({ ...opts, key })));
    return member;
  };
}

/** The keys stored under a prefix (a family's members), for an export; [] when storage is blocked. */
export function storedKeys(prefix: string, storage: () => Storage | null = browserStorage): string[] {
  try {
    const area = storage();
    if (!area) return [];
    const keys: string[] = [];
    for (let i = 0; i < area.length; i++) {
      const key = area.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys.sort();
  } catch {
    return [];
  }
}

/** The store's value in a component; re-renders on writes in this tab and in others. */
export function usePersisted<T>(store: PersistedStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** Why the store's last read or write failed, for a component that shows it. */
export function usePersistedProblem(store: PersistedStore<unknown>): StorageProblem | null {
  return useSyncExternalStore(store.subscribe, store.problem, store.problem);
}

/** A key another library owns (cosmos-kit's session): read or removed, never written here. */
export function foreignItem(key: string, storage: () => Storage | null = browserStorage) {
  return {
    read(): string | null {
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    remove(): void {
      try {
        storage()?.removeItem(key);
      } catch {
        // Storage blocked: nothing is kept there either.
      }
    },
  };
}

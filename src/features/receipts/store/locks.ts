// Writers are serialised with an exclusive lock so two tabs never read the same head. Web Locks
// span tabs of the same origin; where they do not exist (tests, old browsers) a process-local
// mutex is used, and the database's unique `seq` key still refuses a forked append.

export interface LockPort {
  run<T>(name: string, task: () => Promise<T>): Promise<T>;
}

export function createLocalLock(): LockPort {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(name: string, task: () => Promise<T>): Promise<T> {
      const before = tails.get(name) ?? Promise.resolve();
      const result = before.then(task, task);
      tails.set(
        name,
        result.catch(() => undefined),
      );
      return result;
    },
  };
}

export function webLocks(): LockPort | null {
  if (typeof navigator === "undefined" || !navigator.locks) return null;
  const locks = navigator.locks;
  return {
    run: <T>(name: string, task: () => Promise<T>) => locks.request(name, { mode: "exclusive" }, task),
  };
}

export function defaultLock(): LockPort {
  return webLocks() ?? createLocalLock();
}

// Exclusive locks by name. Web Locks span the tabs of one origin, so two tabs never interleave
// the same read-modify-write; where they do not exist (tests, old browsers) a process-local mutex
// is used instead.

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

// One tab leads: the tab holding the Web Lock `name` runs the background work (top-ups, alerts);
// the others queue for the lock and take over when the leader closes. Without Web Locks (tests,
// old browsers) every tab leads.
import { useEffect, useState } from "react";

const noLocks = () => typeof navigator === "undefined" || !navigator.locks;

export function useLeadership(name: string | null): boolean {
  const [held, setLeader] = useState(false);
  useEffect(() => {
    if (!name || noLocks()) return;
    const stop = new AbortController();
    let release: () => void = () => undefined;
    navigator.locks
      .request(name, { signal: stop.signal }, () => {
        setLeader(true);
        return new Promise<void>((resolve) => (release = resolve));
      })
      .catch(() => undefined);
    return () => {
      stop.abort();
      release();
      setLeader(false);
    };
  }, [name]);
  return name !== null && (noLocks() || held);
}

// Deferring work that must not compete with the first paint (loading wallet code, reading the
// whole receipts chain): run it when the browser is idle, or after two seconds at the latest.
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(task, { timeout: 2_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 300);
  return () => window.clearTimeout(id);
}

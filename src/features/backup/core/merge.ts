// Pure merges of imported local data into this browser's. What this browser already has wins,
// except a draft the file holds in a newer version. Nothing is ever duplicated.
import type { BackupDraft } from "./format";

export interface Counted<T> {
  merged: T;
  added: number;
  /** entries both sides have with different values (this browser's kept) */
  conflicts: number;
  updated: number;
}

/** dseq → name: names this browser lacks are added; a different name here is kept. */
export function mergeNames(
  local: Readonly<Record<string, string>>,
  incoming: Readonly<Record<string, string>>,
) {
  const merged = { ...local };
  let added = 0;
  let conflicts = 0;
  for (const [dseq, name] of Object.entries(incoming)) {
    if (merged[dseq] === undefined) {
      merged[dseq] = name;
      added++;
    } else if (merged[dseq] !== name) conflicts++;
  }
  return { merged, added, conflicts, updated: 0 } satisfies Counted<Record<string, string>>;
}

/** By id: a draft this browser lacks is added; a newer one replaces the older; the list stays newest first. */
export function mergeDrafts(
  local: readonly BackupDraft[],
  incoming: readonly BackupDraft[],
): Counted<BackupDraft[]> {
  const byId = new Map(local.map((d) => [d.id, d]));
  let added = 0;
  let updated = 0;
  for (const d of incoming) {
    const mine = byId.get(d.id);
    if (!mine) added++;
    else if (d.updatedAt > mine.updatedAt && (d.sdl !== mine.sdl || d.name !== mine.name)) updated++;
    else continue;
    byId.set(d.id, d);
  }
  const merged = [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt);
  return { merged, added, updated, conflicts: 0 };
}

/** Items by id: only those this browser lacks are added. */
export function mergeById<T extends { id: string }>(
  local: readonly T[],
  incoming: readonly T[],
): Counted<T[]> {
  const ids = new Set(local.map((r) => r.id));
  const fresh = incoming.filter((r) => !ids.has(r.id) && (ids.add(r.id), true));
  return { merged: [...local, ...fresh], added: fresh.length, updated: 0, conflicts: 0 };
}

type Endpoints = Record<string, { rpc: string[]; rest: string[] }>;

/** The union of both browsers' endpoints, per network and kind, this browser's first. */
export function mergeEndpoints(local: Endpoints, incoming: Endpoints): Counted<Endpoints> {
  const merged: Endpoints = { ...local };
  let added = 0;
  for (const [network, lists] of Object.entries(incoming)) {
    const mine = merged[network] ?? { rpc: [], rest: [] };
    const rpc = lists.rpc.filter((u) => !mine.rpc.includes(u));
    const rest = lists.rest.filter((u) => !mine.rest.includes(u));
    added += rpc.length + rest.length;
    if (rpc.length || rest.length)
      merged[network] = { rpc: [...mine.rpc, ...rpc], rest: [...mine.rest, ...rest] };
  }
  return { merged, added, updated: 0, conflicts: 0 };
}

interface TopUps {
  owners: Record<string, { deployments: Record<string, { auto: boolean } & Record<string, unknown>> }>;
}

/**
 * Runway targets this browser lacks are added, never set to sign on their own: the top-up key
 * lives in the browser that made it and is never exported, so the tenant turns that on here.
 */
export function mergeTopUps<T extends TopUps>(local: T, incoming: T): Counted<T> {
  const owners = { ...local.owners };
  let added = 0;
  for (const [owner, { deployments }] of Object.entries(incoming.owners)) {
    const mine = { ...(owners[owner]?.deployments ?? {}) };
    for (const [dseq, value] of Object.entries(deployments))
      if (!mine[dseq]) {
        mine[dseq] = { ...value, auto: false };
        added++;
      }
    owners[owner] = { deployments: mine };
  }
  return { merged: { ...local, owners }, added, updated: 0, conflicts: 0 };
}

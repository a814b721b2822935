// Import planning. Receipts are identified by their original sha256, so nothing is added twice.
// When the local chain is a prefix of the imported one (or empty), the new receipts are adopted
// as they are (fast-forward: hashes unchanged). Otherwise each new receipt is appended to the
// local chain with an `imported` marker that keeps its original prev and sha256, so it stays
// verifiable against the chain it came from while the local chain stays one line.
import { originalOf } from "./canonical";
import type { Receipt, UnsealedReceipt } from "./receipt";

export type ImportPlan =
  | { mode: "fast-forward"; adopt: Receipt[]; skipped: number }
  | { mode: "merge"; append: UnsealedReceipt[]; skipped: number };

function knownHashes(local: readonly Receipt[]): Set<string> {
  const known = new Set<string>();
  for (const r of local) {
    known.add(r.sha256);
    if (r.imported) known.add(r.imported.sha256);
  }
  return known;
}

/** Both chains must already be verified. */
export function planImport(local: readonly Receipt[], incoming: readonly Receipt[]): ImportPlan {
  const head = local.at(-1)?.sha256 ?? null;
  const headAt = head === null ? -1 : incoming.findIndex((r) => r.sha256 === head);
  const isPrefix = head === null || (headAt === local.length - 1 && incoming[0]?.sha256 === local[0]?.sha256);
  if (isPrefix) return { mode: "fast-forward", adopt: incoming.slice(local.length), skipped: local.length };
  const known = knownHashes(local);
  const append: UnsealedReceipt[] = [];
  let skipped = 0;
  for (const r of incoming) {
    const original = originalOf(r);
    if (known.has(original.sha256)) {
      skipped++;
      continue;
    }
    known.add(original.sha256);
    const { prev, sha256, ...body } = original;
    append.push({ ...body, imported: { prev, sha256 } });
  }
  return { mode: "merge", append, skipped };
}

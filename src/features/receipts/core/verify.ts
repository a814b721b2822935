// Chain verification: recomputes every hash and every link and names the first break. The browser
// panel, the import path and the Node script (scripts/verify-receipts.ts) all call verifyChain.
import { hasReceiptHash, originalOf, sha256Hex } from "./canonical";
import { describeShapeProblem, type Receipt } from "./receipt";

export type ChainVerdict =
  | { ok: true; count: number; head: string | null }
  | {
      ok: false;
      count: number;
      /** 0-based position of the first broken receipt */
      index: number;
      id: string | null;
      problem: string;
    };

interface Seen {
  attempt: string;
  state: Receipt["state"];
}

function idOf(value: unknown): string | null {
  if (value && typeof value === "object" && "id" in value && typeof value.id === "string") return value.id;
  return null;
}

/** Whether each value carries the right sha256, computed for all at once (digests run in parallel). */
function hashChecks(values: readonly unknown[]): Promise<boolean[]> {
  return Promise.all(
    values.map((v) =>
      v && typeof v === "object" ? hasReceiptHash(v, (v as { sha256?: unknown }).sha256) : false,
    ),
  );
}

function linkProblem(receipt: Receipt, index: number, previous: string | null): string | null {
  if (index === 0 && receipt.prev !== null)
    return "it is the first receipt but points to a previous one: the receipts before it were removed";
  if (index > 0 && receipt.prev !== previous)
    return `its prev does not match the sha256 of receipt #${index}: a receipt was removed, inserted or moved here, or the one before it was rewritten`;
  return null;
}

function completionProblem(original: Receipt, seen: Map<string, Seen>): string | null {
  if (original.completes === null) return null;
  const earlier = seen.get(original.completes);
  if (!earlier) return "it completes a receipt that is not before it in the chain";
  if (earlier.attempt !== original.attempt) return "it completes a receipt of another signing attempt";
  if (earlier.state !== "pending") return "it completes a receipt that was already final";
  return null;
}

async function importedProblem(receipt: Receipt): Promise<string | null> {
  if (!receipt.imported) return null;
  const original = originalOf(receipt);
  if (!(await hasReceiptHash(original, original.sha256)))
    return "it was imported from another chain, and its content no longer matches that chain's sha256";
  return null;
}

/** Version 2 keeps the hash of the redacted copy, so the two must agree. */
async function sdlProblem(receipt: Receipt): Promise<string | null> {
  if (receipt.schemaVersion === 1) return null;
  const { sdlRedacted, sdlHash } = receipt.request;
  const expected = sdlRedacted === null ? null : await sha256Hex(sdlRedacted);
  return expected === sdlHash ? null : "its sdlHash is not the SHA-256 of its redacted SDL";
}

/** Verifies an ordered chain (oldest first). Values are raw parsed JSON: nothing is trusted. */
export async function verifyChain(values: readonly unknown[]): Promise<ChainVerdict> {
  const count = values.length;
  const hashOk = await hashChecks(values);
  const ids = new Set<string>();
  const seen = new Map<string, Seen>();
  let previous: string | null = null;
  for (let index = 0; index < count; index++) {
    const value = values[index];
    const fail = (problem: string): ChainVerdict => ({ ok: false, count, index, id: idOf(value), problem });
    const shape = describeShapeProblem(value);
    if (shape) return fail(`it is not a valid receipt (${shape})`);
    const receipt = value as Receipt;
    if (!hashOk[index])
      return fail("its content does not match its sha256: it was changed after it was written");
    const link = linkProblem(receipt, index, previous);
    if (link) return fail(link);
    if (ids.has(receipt.id)) return fail("its id appears twice in the chain");
    const imported = await importedProblem(receipt);
    if (imported) return fail(imported);
    const sdl = await sdlProblem(receipt);
    if (sdl) return fail(sdl);
    const original = originalOf(receipt);
    const completion = completionProblem(original, seen);
    if (completion) return fail(completion);
    ids.add(receipt.id);
    seen.set(original.sha256, { attempt: receipt.attempt, state: receipt.state });
    previous = receipt.sha256;
  }
  return { ok: true, count, head: previous };
}

/** One sentence for the panel, the import dialog and the script. */
export function describeVerdict(verdict: ChainVerdict): string {
  if (verdict.ok)
    return verdict.count === 0
      ? "OK: the chain is empty."
      : `OK: ${verdict.count} receipt${verdict.count === 1 ? "" : "s"}, every hash and link checks out.`;
  const which = verdict.id
    ? `receipt #${verdict.index + 1} (id ${verdict.id})`
    : `receipt #${verdict.index + 1}`;
  return `Broken at ${which} of ${verdict.count}: ${verdict.problem}.`;
}

// Settlement: an attempt whose last entry is pending but already has a tx hash (the tab closed
// between broadcast and inclusion, or the pipeline stopped waiting) is looked up on chain and
// completed from what the chain says, on load and then at every block while any is left, so it
// settles without a reload. Attempts without a hash never reached the network and stay pending;
// attempts a pipeline of this page is still driving are left to it.
import type { Receipt } from "../core/receipt";
import type { ReceiptStore } from "./receipt-store";

export interface TxLookupResult {
  height: number;
  code: number;
  codespace: string | null;
  rawLog: string | null;
}

/** Looks a transaction up by hash on one network; null when the chain does not know it (yet). */
export type TxLookup = (txHash: string, signal?: AbortSignal) => Promise<TxLookupResult | null>;

/** Pending attempts (their latest entries) that have a tx hash on the given chain. */
export function unsettled(unfinished: readonly Receipt[], chainId: string): Receipt[] {
  return unfinished.filter((r) => r.response.txHash !== null && r.chainId === chainId && !r.imported);
}

export interface SettleReport {
  settled: number;
  stillPending: number;
  errors: string[];
}

export async function settlePending(
  store: Pick<ReceiptStore, "unfinished" | "complete" | "isDriven">,
  chainId: string,
  lookup: TxLookup,
  signal?: AbortSignal,
): Promise<SettleReport> {
  const report: SettleReport = { settled: 0, stillPending: 0, errors: [] };
  for (const pending of unsettled(await store.unfinished(), chainId)) {
    if (signal?.aborted) break;
    if (store.isDriven(pending.attempt)) {
      report.stillPending++;
      continue;
    }
    try {
      const found = await lookup(pending.response.txHash!, signal);
      if (!found) {
        report.stillPending++;
        continue;
      }
      await store.complete(pending, {
        state: found.code === 0 ? "success" : "failed",
        height: found.height,
        code: found.code,
        codespace: found.codespace,
        rawLog: found.rawLog,
        status: "settled from the chain",
      });
      report.settled++;
    } catch (err) {
      report.errors.push(err instanceof Error ? err.message : String(err));
    }
  }
  return report;
}

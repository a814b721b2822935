// A bid as the bids table shows it: who bids (name, region, audits), which GPUs, what it costs
// per block, hour and month, and for how long it has been open. Pure, from chain data only.
import type { ProviderView } from "@/features/providers";
import { perBlockToPerHour, perBlockToPerMonth } from "@/lib/format";
import type { BidView } from "../api/bids";

export interface BidRow {
  key: string;
  bid: BidView;
  providerName: string;
  host: string;
  region: string | null;
  auditors: string[];
  gpuModels: string[];
  /** uact per block as a number of micro-units (may be fractional: DecCoin) */
  perBlock: number;
  perHour: number;
  perMonth: number;
  openSeconds: number;
}

export function gpuModelsFromKeys(keys: readonly string[]): string[] {
  const models = new Set<string>();
  for (const key of keys) {
    const m = /vendor\/[^/]+\/model\/([^/]+)/.exec(key);
    if (m?.[1] && m[1] !== "*") models.add(m[1]);
  }
  return [...models].sort();
}

export function toBidRow(
  bid: BidView,
  provider: ProviderView | undefined,
  height: number,
  blockTimeSec: number,
): BidRow {
  const perBlock = Number(bid.price.amount);
  const offered = gpuModelsFromKeys(bid.gpuKeys);
  return {
    key: `${bid.provider}/${bid.gseq}/${bid.oseq}/${bid.bseq}`,
    bid,
    providerName: provider?.name ?? bid.provider,
    host: provider?.host ?? "",
    region: provider?.region ?? null,
    auditors: provider?.audits.map((a) => a.auditor) ?? [],
    gpuModels: offered.length ? offered : (provider?.gpus.map((g) => g.model) ?? []),
    perBlock,
    perHour: perBlockToPerHour(perBlock, blockTimeSec),
    perMonth: perBlockToPerMonth(perBlock, blockTimeSec),
    openSeconds: Math.max(0, (height - bid.createdHeight) * blockTimeSec),
  };
}

export interface BidFilters {
  auditedOnly: boolean;
  gpuModel: string | null;
  /** in micro-units per block */
  maxPerBlock: number | null;
}

export const NO_FILTERS: BidFilters = { auditedOnly: false, gpuModel: null, maxPerBlock: null };

/** Open bids that pass the filters, cheapest first (ties: the longest-open first). */
export function selectBids(rows: readonly BidRow[], f: BidFilters): BidRow[] {
  return rows
    .filter((r) => r.bid.state === "open")
    .filter((r) => !f.auditedOnly || r.auditors.length > 0)
    .filter((r) => !f.gpuModel || r.gpuModels.includes(f.gpuModel))
    .filter((r) => f.maxPerBlock === null || r.perBlock <= f.maxPerBlock)
    .sort((a, b) => a.perBlock - b.perBlock || b.openSeconds - a.openSeconds);
}

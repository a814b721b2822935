// A bid as the bids table shows it: who bids (name, region, auditors), which GPU it runs on, what
// it costs per block, hour, month and GPU-hour, and for how long it has been open; then the
// table's filters and orders. Pure, from chain data (and, for "uptime", the providers' answers).
import type { ProviderView } from "@/features/providers";
import { perBlockToPerHour, perBlockToPerMonth } from "@/lib/format";
import type { BidView } from "../api/bids";
import { bidGpu, type BidGpu } from "./bid-gpu";

export interface BidRow {
  key: string;
  bid: BidView;
  providerName: string;
  host: string;
  region: string | null;
  /** auditor addresses */
  auditors: string[];
  gpu: BidGpu;
  /** uact per block as a number of micro-units (may be fractional: DecCoin) */
  perBlock: number;
  perHour: number;
  perMonth: number;
  /** per GPU per hour; null for a bid without GPUs */
  perGpuHour: number | null;
  openSeconds: number;
}

/** What the order of a bid asked for: its GPU models (empty: any) and how many GPUs in all. */
export interface OrderGpus {
  models: string[];
  count: number;
}

export function toBidRow(
  bid: BidView,
  provider: ProviderView | undefined,
  height: number,
  blockTimeSec: number,
  order: OrderGpus = { models: [], count: 0 },
): BidRow {
  const perBlock = Number(bid.price.amount);
  const perHour = perBlockToPerHour(perBlock, blockTimeSec);
  const gpu = bidGpu(
    bid.offer,
    order.models,
    order.count,
    provider ? provider.gpus.map((g) => g.model) : null,
  );
  const gpus = gpu.kind === "none" ? 0 : gpu.count;
  return {
    key: `${bid.provider}/${bid.gseq}/${bid.oseq}/${bid.bseq}`,
    bid,
    providerName: provider?.name ?? bid.provider,
    host: provider?.host ?? "",
    region: provider?.region ?? null,
    auditors: provider?.audits.map((a) => a.auditor) ?? [],
    gpu,
    perBlock,
    perHour,
    perMonth: perBlockToPerMonth(perBlock, blockTimeSec),
    perGpuHour: gpus > 0 ? perHour / gpus : null,
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

export type BidSort = "price" | "gpu-hour" | "uptime";

/** Lower ranks first: how the "uptime" order places a provider (see provider-rank.ts). */
export type RankOf = (provider: string) => number;

/** The GPU models bids name for certain: the choices of the GPU filter. */
export function allocatedModels(rows: readonly BidRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.gpu.kind === "allocated" ? r.gpu.models : [])))].sort();
}

/** A model filter keeps only bids that name that model: "one of: A100, H100" is not an H100. */
function passesGpu(row: BidRow, model: string | null): boolean {
  return !model || (row.gpu.kind === "allocated" && row.gpu.models.includes(model));
}

const cheaperFirst = (a: BidRow, b: BidRow) => a.perBlock - b.perBlock || b.openSeconds - a.openSeconds;

/** Open bids that pass the filters, in the chosen order (ties: the cheaper, then the longest open). */
export function selectBids(
  rows: readonly BidRow[],
  f: BidFilters,
  sort: BidSort = "price",
  rankOf: RankOf = () => 0,
): BidRow[] {
  const order: Record<BidSort, (a: BidRow, b: BidRow) => number> = {
    price: cheaperFirst,
    // Bids without GPUs have no GPU-hour price: they go last.
    "gpu-hour": (a, b) => (a.perGpuHour ?? Infinity) - (b.perGpuHour ?? Infinity) || cheaperFirst(a, b),
    uptime: (a, b) => rankOf(a.bid.provider) - rankOf(b.bid.provider) || cheaperFirst(a, b),
  };
  return rows
    .filter((r) => r.bid.state === "open")
    .filter((r) => !f.auditedOnly || r.auditors.length > 0)
    .filter((r) => passesGpu(r, f.gpuModel))
    .filter((r) => f.maxPerBlock === null || r.perBlock <= f.maxPerBlock)
    .sort(order[sort]);
}

/** Open bids a GPU filter hides only because they do not say which GPU they run on. */
export function unstatedGpuBids(rows: readonly BidRow[], model: string | null): number {
  if (!model) return 0;
  return rows.filter((r) => r.bid.state === "open" && r.gpu.kind !== "allocated" && r.gpu.kind !== "none")
    .length;
}

export interface PriceContext {
  cheapest: number;
  median: number;
  count: number;
}

/** The cheapest and median price per hour of the open bids, to place each bid among the others. */
export function priceContext(rows: readonly BidRow[]): PriceContext | null {
  const prices = rows
    .filter((r) => r.bid.state === "open")
    .map((r) => r.perHour)
    .sort((a, b) => a - b);
  if (prices.length === 0) return null;
  const mid = Math.floor(prices.length / 2);
  const median = prices.length % 2 ? (prices[mid] ?? 0) : ((prices[mid - 1] ?? 0) + (prices[mid] ?? 0)) / 2;
  return { cheapest: prices[0] ?? 0, median, count: prices.length };
}

/** "Cheapest", "+12% vs the cheapest · 3% under the median" — a bid among the others. */
export function priceAmongOthers(perHour: number, ctx: PriceContext | null): string | null {
  if (!ctx || ctx.count < 2) return null;
  const pct = (x: number, base: number) => Math.round(((x - base) / base) * 100);
  const vsMedian = ctx.median > 0 ? pct(perHour, ctx.median) : 0;
  const median =
    vsMedian === 0
      ? "at the median"
      : vsMedian > 0
        ? `${vsMedian}% over the median`
        : `${-vsMedian}% under the median`;
  if (perHour <= ctx.cheapest) return `Cheapest of ${ctx.count} · ${median}`;
  return `+${pct(perHour, ctx.cheapest)}% vs the cheapest · ${median}`;
}

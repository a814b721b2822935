// Waiting, with a deadline: for something on chain (bids) or at the provider (readiness).
import type { BidId } from "../../src/lib/chain-json";
import type { LeaseStatus } from "../../src/features/leases/api/lease-status";
import type { ProxyTarget } from "../../src/features/leases/api/proxy-client";
import { CliError, EXIT } from "../errors";
import type { ProviderAccess } from "../provider";

export async function poll<T>(
  timeoutMs: number,
  probe: () => Promise<T | null>,
  everyMs = 1_000,
): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe().catch(() => null);
    if (found !== null) return found;
    if (Date.now() >= deadline) return null;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export async function waitReady(
  access: ProviderAccess,
  target: ProxyTarget,
  lease: Pick<BidId, "dseq" | "gseq" | "oseq">,
  timeoutMs: number,
): Promise<LeaseStatus> {
  let last: LeaseStatus | null = null;
  const ready = await poll(
    timeoutMs,
    async () => {
      last = await access.status(target, lease);
      return last.allReady ? last : null;
    },
    2_000,
  );
  if (!ready)
    throw new CliError(
      EXIT.TIMEOUT,
      `The lease's services were not all ready within ${timeoutMs / 1000} s${last ? `: ${JSON.stringify((last as LeaseStatus).services.map((s) => `${s.name} ${s.ready}/${s.total}`))}` : ""}.`,
    );
  return ready;
}

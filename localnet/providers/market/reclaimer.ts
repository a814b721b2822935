// Resource reclamation (AEP-82) on the provider side. An operator starts it for one lease
// (`provider-services tx market bid start-reclaim`; here the localnet admin endpoint): the
// provider signs MsgLeaseStartReclaim and the lease reads `reclaiming` with a deadline of block
// time + the window its bid offered. Workloads keep running until then; once a block's time has
// reached the deadline the provider closes its bid (MsgCloseBid) with the reason it gave, the lease
// closes, and its workloads go like any closed lease's.
import { LeaseClosedReason } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import type { RestClient } from "../chain/rest.ts";
import { queries } from "../chain/rest.ts";
import type { ChainSigner } from "../chain/signer.ts";
import type { Logger } from "../logger.ts";
import type { LiveLease } from "./bidEngine.ts";
import { closeBidMsg, startReclaimMsg, type LeaseRef } from "./messages.ts";

export interface ReclaimerDeps {
  rest: RestClient;
  signer: ChainSigner;
  address: string;
  log: Logger;
}

/** A provider-side close reason by name or number (10000..19999; the chain checks the range). */
export function parseReason(reason: string | number | undefined): LeaseClosedReason {
  if (reason === undefined) return LeaseClosedReason.lease_closed_reason_decommission;
  if (typeof reason === "number") return reason as LeaseClosedReason;
  const v = (LeaseClosedReason as unknown as Record<string, unknown>)[reason];
  if (typeof v !== "number") throw new Error(`unknown lease closed reason ${JSON.stringify(reason)}`);
  return v as LeaseClosedReason;
}

function leaseRef(key: string, provider: string, bseq: number): LeaseRef {
  const [owner = "", dseq = "", gseq = "0", oseq = "0"] = key.split("/");
  return { owner, dseq, gseq: Number(gseq), oseq: Number(oseq), provider, bseq };
}

export function createReclaimer(d: ReclaimerDeps) {
  const closing = new Set<string>();
  return {
    /** Signs MsgLeaseStartReclaim; the chain refuses a lease without a window or already reclaiming. */
    start(lease: LeaseRef, reason: LeaseClosedReason): Promise<DeliverTxResponse> {
      return d.signer.send([startReclaimMsg(lease, reason)]);
    },
    /** Closes every reclaiming lease whose deadline the latest block time has reached. */
    async closeDue(live: Map<string, LiveLease>): Promise<void> {
      const due = [...live].filter(([k, l]) => l.reclaiming && !closing.has(k));
      if (due.length === 0) return;
      const { time } = await queries.latestBlock(d.rest);
      for (const [key, lease] of due) {
        const r = lease.reclaiming;
        if (!r || time.getTime() / 1000 < r.deadline) continue;
        closing.add(key);
        try {
          await d.signer.send([closeBidMsg(leaseRef(key, d.address, lease.bseq), parseReason(r.reason))]);
          d.log.info("reclaimed lease closed", { lease: key, reason: r.reason });
        } catch (err) {
          d.log.warn("closing a reclaimed lease failed", { lease: key, error: String(err) });
        } finally {
          closing.delete(key);
        }
      }
    },
  };
}

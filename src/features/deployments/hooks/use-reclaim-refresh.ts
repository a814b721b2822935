// Keeps a deployment's page true around a reclaim deadline. Leases and escrow refresh every 30 s,
// but once a reclaiming lease's deadline has passed (on block time) the provider closes it at its
// next block: the page then asks every 2 s, so it shows the lease closed instead of a countdown
// that has run out. And a lease closed after the escrow was last read means that escrow reading is
// older than the close (closing settles the escrow at that block): it is read again, so the
// balance shown is what the chain holds, not one charged for blocks after the close.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useNetwork } from "@/features/network";
import { deploymentKeys } from "../query-keys";
import type { ChainClock } from "../utils/reclamation";
import type { LeaseView } from "../utils/types";

export const DUE_REFRESH_MS = 2_000;

/** A reclaiming lease whose deadline the latest block has reached. */
export function reclaimDue(leases: readonly LeaseView[], clock: ChainClock | null): boolean {
  if (!clock) return false;
  return leases.some((l) => {
    const started = l.reclamation?.started;
    return l.state === "reclaiming" && !!started && clock.timeSec >= started.deadlineSec;
  });
}

/** The escrow was read before a lease's close (it settles then): that reading is stale. */
export function escrowOlderThanClose(leases: readonly LeaseView[], settledAt: number | null): boolean {
  return settledAt !== null && leases.some((l) => l.state === "closed" && (l.closedOn ?? 0) > settledAt);
}

export function useReclaimRefresh(p: {
  owner: string;
  dseq: string;
  leases: readonly LeaseView[];
  settledAt: number | null;
  clock: ChainClock | null;
}) {
  const queryClient = useQueryClient();
  const { network } = useNetwork();
  const due = reclaimDue(p.leases, p.clock);
  const stale = escrowOlderThanClose(p.leases, p.settledAt);
  const { owner, dseq } = p;
  useEffect(() => {
    if (!due) return;
    // The info key holds the leases key too: both are read again.
    const refresh = () =>
      void queryClient.invalidateQueries({ queryKey: deploymentKeys.info(network.id, owner, dseq) });
    const timer = setInterval(refresh, DUE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [due, queryClient, network.id, owner, dseq]);
  useEffect(() => {
    if (stale)
      void queryClient.invalidateQueries({
        queryKey: deploymentKeys.info(network.id, owner, dseq),
        exact: true,
      });
  }, [stale, queryClient, network.id, owner, dseq]);
}

// What closing deployments gives back, estimated before signing: each escrow's funds less what its
// running leases have used since the escrow last settled (utils/runway.ts). Reads each deployment's
// info (cached on its page) and the owner's running leases (cached on the list): asked only while
// a close is being confirmed.
import { useQueries, useQuery } from "@tanstack/react-query";
import { useLatestBlock, useNetwork } from "@/features/network";
import { deploymentInfoQuery } from "../api/deployment-info";
import { ownerLeasesQuery } from "../api/owner-leases";
import { refundOnClose } from "../utils/runway";
import type { Amount } from "../utils/types";

export interface CloseRefund {
  /** the sum, in the deployments' denom; null while loading or when none could be read */
  refund: Amount | null;
  /** deployments whose escrow could not be read (left out of the sum) */
  unknown: number;
  pending: boolean;
}

export function useCloseRefund(owner: string, dseqs: readonly string[], enabled: boolean): CloseRefund {
  const { network, rest } = useNetwork();
  const on = enabled && !!owner;
  const infos = useQueries({
    queries: dseqs.map((dseq) => ({ ...deploymentInfoQuery(network.id, rest, owner, dseq), enabled: on })),
  });
  const leases = useQuery({ ...ownerLeasesQuery(network.id, rest, owner), enabled: on });
  const height = useLatestBlock().data?.height;
  const pending = infos.some((q) => q.isPending) || leases.isPending || height === undefined;
  if (pending) return { refund: null, unknown: 0, pending: true };
  // Without the running leases the use since settlement is unknown: no figure rather than too high a one.
  if (leases.error) return { refund: null, unknown: dseqs.length, pending: false };
  let amount = 0;
  let denom: string = network.deploymentDenom;
  let unknown = 0;
  for (const q of infos) {
    const d = q.data?.deployment;
    if (!d) {
      unknown++;
      continue;
    }
    const r = refundOnClose({
      deploymentState: d.state,
      escrow: d.escrow,
      leases: (leases.data ?? []).filter((l) => l.dseq === d.dseq && l.owner === d.owner),
      height,
      blockTimeSec: network.averageBlockTimeSec,
    });
    if (!r) continue;
    amount += r.amount;
    denom = r.denom;
  }
  return { refund: unknown === infos.length ? null : { denom, amount }, unknown, pending: false };
}

// The deployments page joins one owner-wide leases query to the listed deployments in the
// browser, instead of asking the chain once per row (which is what took the peer console down).
import type { DeploymentView, LeaseView } from "./types";

export interface DeploymentRow {
  deployment: DeploymentView;
  leases: LeaseView[];
  /** distinct provider addresses of the row's leases, in lease order */
  providers: string[];
}

export function groupLeasesByDseq(leases: readonly LeaseView[]): Map<string, LeaseView[]> {
  const byDseq = new Map<string, LeaseView[]>();
  for (const lease of leases) {
    const list = byDseq.get(lease.dseq);
    if (list) list.push(lease);
    else byDseq.set(lease.dseq, [lease]);
  }
  return byDseq;
}

export function joinLeases(
  deployments: readonly DeploymentView[],
  leases: readonly LeaseView[],
): DeploymentRow[] {
  const byDseq = groupLeasesByDseq(leases);
  return deployments.map((deployment) => {
    const own = (byDseq.get(deployment.dseq) ?? []).filter((l) => l.owner === deployment.owner);
    return { deployment, leases: own, providers: [...new Set(own.map((l) => l.provider))] };
  });
}

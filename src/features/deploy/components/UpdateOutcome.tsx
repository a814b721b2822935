// After an update: what it restarted, whether the rollout is done at each provider, and which
// URIs changed (a provider normally keeps them; the tenant is told either way, since a changed
// URI means links given out are dead). It reads the same lease status the lease card polls.
import { useQueryClient } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import {
  leaseKeys,
  useLeaseStatus,
  useProviderAccess,
  type LeaseRef,
  type LeaseStatus,
  type ServiceStatus,
} from "@/features/leases";
import { describeRestart, type ServiceRestart } from "../utils/update-restarts";

/** Where a service answers: its URIs and forwarded ports, as the lease card lists them. */
const endpointsOf = (s: ServiceStatus | undefined) =>
  s ? [...s.uris, ...s.ports.map((p) => `${p.host}:${p.externalPort}`)].sort() : [];

export interface UpdateSnapshot {
  restarts: ServiceRestart[];
  /** per lease (provider/gseq/oseq): the status before the update */
  before: Record<string, LeaseStatus | undefined>;
}

const leaseId = (l: LeaseRef) => `${l.provider}/${l.gseq}/${l.oseq}`;

/** The lease statuses the page already has, taken just before the update is signed. */
export function useStatusSnapshot(networkId: string) {
  const client = useQueryClient();
  return (leases: LeaseRef[]): UpdateSnapshot["before"] =>
    Object.fromEntries(
      leases.map((l) => {
        const key = leaseKeys.status(networkId, l.provider, l.dseq, l.gseq, l.oseq);
        const found = client.getQueriesData<LeaseStatus>({ queryKey: key }).find(([, d]) => d)?.[1];
        return [leaseId(l), found];
      }),
    );
}

function LeaseOutcome({
  lease,
  restarts,
  before,
}: {
  lease: LeaseRef;
  restarts: ServiceRestart[];
  before?: LeaseStatus;
}) {
  const status = useLeaseStatus(lease, true).data;
  const { providerName } = useProviderAccess();
  const generationBefore = (name: string) => before?.services.find((s) => s.name === name)?.generation ?? 0;
  // Done once every restarted service reports a newer version with all replicas on it (a provider
  // that reports no generation is done when nothing rolls out).
  const done =
    !!status &&
    !status.rolling &&
    restarts.every((r) => {
      const now = status.services.find((s) => s.name === r.service);
      return !!now && (now.generation === 0 || now.generation > generationBefore(r.service));
    });
  if (!done)
    return (
      <p className="text-sm">
        Rolling out at {providerName(lease.provider)}: the previous version serves until the new one is ready…
      </p>
    );
  return (
    <ul className="space-y-1 text-sm" data-testid="uri-changes">
      {restarts.map((r) => {
        const was = endpointsOf(before?.services.find((s) => s.name === r.service));
        const now = endpointsOf(status.services.find((s) => s.name === r.service));
        const same = was.join() === now.join();
        return (
          <li key={r.service} data-service={r.service} data-changed={!same}>
            <Badge tone={same ? "good" : "warn"}>{same ? "same URIs" : "URIs changed"}</Badge>{" "}
            <strong>{r.service}</strong>{" "}
            {same
              ? now.length > 0 && `still answers at ${now.join(", ")}.`
              : `now answers at ${now.join(", ") || "no URI"}${was.length ? `; no longer at ${was.join(", ")}` : ""}.`}
          </li>
        );
      })}
    </ul>
  );
}

export function UpdateOutcome({ snapshot, leases }: { snapshot: UpdateSnapshot; leases: LeaseRef[] }) {
  const { restarts } = snapshot;
  return (
    <div role="status" aria-label="Update result" className="space-y-2" data-testid="update-outcome">
      <p className="text-sm font-medium">
        {restarts.length === 0
          ? "Updated. No service's settings changed, so nothing restarts."
          : `Updated. Restarted: ${restarts.map(describeRestart).join("; ")}.`}
      </p>
      {restarts.length > 0 &&
        leases.map((l) => (
          <LeaseOutcome key={leaseId(l)} lease={l} restarts={restarts} before={snapshot.before[leaseId(l)]} />
        ))}
    </div>
  );
}

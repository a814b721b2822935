// The viewer's own leases on one provider, for that provider's page: what runs there now (and
// what it costs an hour), then the closed ones. Each links to its deployment.
import { Link } from "react-router";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { useBlockTime, useNetwork } from "@/features/network";
import { formatMicro, perBlockToPerHour } from "@/lib/format";
import { useProviderLeases } from "../api/provider-leases";
import { useDeploymentNames } from "../storage/names-store";

const RUNNING = new Set(["active", "reclaiming"]);
const CLOSED_SHOWN = 5;

export function ProviderLeases({ owner, provider }: { owner: string; provider: string }) {
  const { network } = useNetwork();
  const blockTimeSec = useBlockTime().seconds;
  const { names } = useDeploymentNames(network.id, owner);
  const { data, error, isPending } = useProviderLeases(owner, provider);
  const leases = [...(data ?? [])].sort((a, b) => b.createdHeight - a.createdHeight);
  const running = leases.filter((l) => RUNNING.has(l.state));
  const closed = leases.filter((l) => !RUNNING.has(l.state));
  const shown = [...running, ...closed.slice(0, CLOSED_SHOWN)];
  return (
    <Card aria-label="Your leases here" data-testid="provider-my-leases">
      <CardTitle>Your leases here</CardTitle>
      {isPending && <Spinner label="Loading your leases" />}
      {error && (
        <p className="text-sm text-red-700 dark:text-red-400">Could not load them: {error.message}</p>
      )}
      {data && leases.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">None.</p>}
      <ul className="grid gap-2 text-sm">
        {shown.map((l) => (
          <li
            key={`${l.dseq}/${l.gseq}/${l.oseq}/${l.bseq}`}
            className="flex flex-wrap items-center justify-between gap-2"
          >
            <Link
              to={paths.deployment(l.dseq)}
              className="font-medium text-brand-700 hover:underline dark:text-brand-500"
            >
              {names[l.dseq] ?? `dseq ${l.dseq}`}
            </Link>
            <span className="flex items-center gap-2">
              {RUNNING.has(l.state) && (
                <span className="text-xs text-zinc-500">
                  {formatMicro(perBlockToPerHour(l.price.amount, blockTimeSec), l.price.denom)}
                  /hour
                </span>
              )}
              <Badge tone={RUNNING.has(l.state) ? "good" : "neutral"}>{l.state}</Badge>
            </span>
          </li>
        ))}
      </ul>
      {closed.length > CLOSED_SHOWN && (
        <p className="mt-2 text-xs text-zinc-500">and {closed.length - CLOSED_SHOWN} more closed.</p>
      )}
    </Card>
  );
}

// One deployment in the list: a table-like row on a desktop, a card on a phone (no sideways
// scrolling). `leading` is where a selection checkbox goes (bulk actions, issue 7).
import { memo, type ReactNode } from "react";
import { Link } from "react-router";
import { Badge } from "@/components/ui/badge";
import { formatDuration } from "@/lib/format";
import { paths } from "@/config/paths";
import { ProviderBadge, type ProviderView } from "@/features/providers";
import type { DeploymentRow } from "../../utils/join-leases";
import type { RowMetrics } from "../../utils/row-metrics";
import { Balance, MonthlyPrice } from "../Price";
import { ResourcesText } from "../ResourcesText";
import { TimeLeftText } from "../TimeLeftText";

export const LIST_COLUMNS =
  "md:grid md:grid-cols-[minmax(0,1.3fr)_minmax(0,1.6fr)_minmax(0,1.4fr)_7rem_7rem_7rem] md:items-center md:gap-3";

function Cell({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex min-w-0 justify-between gap-3 text-sm md:block">
      <span className="text-zinc-500 md:hidden">{label}</span>
      <span className="min-w-0 text-right md:text-left" data-testid={testId}>
        {children}
      </span>
    </div>
  );
}

export const DeploymentListItem = memo(function DeploymentListItem({
  row,
  metrics,
  name,
  providers,
  warnSeconds,
  linkSearch,
  leading,
}: {
  row: DeploymentRow;
  metrics: RowMetrics;
  name: string | undefined;
  providers: ReadonlyMap<string, ProviderView>;
  warnSeconds: number;
  linkSearch: string;
  leading?: ReactNode;
}) {
  const { deployment } = row;
  return (
    <div
      className={`grid gap-1.5 rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900 ${LIST_COLUMNS}`}
      data-testid="deployment-row"
      data-dseq={deployment.dseq}
    >
      <div className="flex min-w-0 items-center gap-2">
        {leading}
        <div className="min-w-0">
          <Link
            to={{ pathname: paths.deployment(deployment.dseq), search: linkSearch }}
            className="block truncate font-medium text-brand-700 hover:underline dark:text-brand-500"
          >
            {name ?? `dseq ${deployment.dseq}`}
          </Link>
          <span className="flex items-center gap-2 text-xs text-zinc-500">
            {name && <span className="truncate">{deployment.dseq}</span>}
            <Badge tone={deployment.state === "active" ? "good" : "neutral"}>{deployment.state}</Badge>
            {metrics.reclaim && (
              <Badge tone="warn" className="whitespace-nowrap">
                <span data-testid="row-reclaim">
                  {metrics.reclaim.due
                    ? "Reclaiming · closing now"
                    : `Reclaiming · ${formatDuration(metrics.reclaim.secondsLeft)} left`}
                </span>
              </Badge>
            )}
          </span>
        </div>
      </div>
      <Cell label="Resources" testId="row-resources">
        <ResourcesText resources={deployment.resources} />
      </Cell>
      <Cell label="Provider" testId="row-provider">
        {row.providers.length === 0 ? (
          <span className="text-zinc-500">—</span>
        ) : (
          row.providers.map((address) => (
            <ProviderBadge key={address} address={address} provider={providers.get(address)} />
          ))
        )}
      </Cell>
      <Cell label="Escrow" testId="row-escrow">
        <Balance amount={metrics.balance} />
      </Cell>
      <Cell label="Cost" testId="row-cost">
        <MonthlyPrice monthly={metrics.monthly} />
      </Cell>
      <Cell label="Time left" testId="row-time-left">
        <TimeLeftText timeLeft={metrics.timeLeft} warnSeconds={warnSeconds} />
      </Cell>
    </div>
  );
});

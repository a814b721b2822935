// The overview's account section: the account runway (at the current burn, when the escrow runs
// out, and when escrow with the spendable ACT does) and the active deployments with their cost and
// time left, soonest to run out first.
import { Link } from "react-router";
import { Card, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { formatDuration, formatMicro, perBlockToPerHour } from "@/lib/format";
import { useAccountOverview } from "../../hooks/use-account-overview";
import type { AccountRunway } from "../../utils/runway";
import { Balance, MonthlyPrice } from "../Price";
import { TimeLeftText } from "../TimeLeftText";

/** Shown on the overview; the rest is on the deployments page. */
const SHOWN = 8;

function RunwayFacts({
  runway,
  blockTime,
  spendableKnown,
}: {
  runway: AccountRunway;
  blockTime: number;
  spendableKnown: boolean;
}) {
  const act = (micro: number) => formatMicro(micro, "uact");
  if (runway.burnPerBlock === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="account-runway">
        Nothing is running: no ACT is being spent.
        {runway.idle > 0 &&
          ` ${act(runway.idle)} sits in the escrow of deployments without a lease; it comes back when you close them.`}
      </p>
    );
  const fact = (label: string, value: string, testId: string) => (
    <div className="flex justify-between gap-3 sm:block">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="font-medium" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <div className="grid gap-2 text-sm" data-testid="account-runway">
      <p>
        Spending {act(perBlockToPerHour(runway.burnPerBlock, blockTime))}/hour from {act(runway.escrow)} in
        escrow.
      </p>
      <dl className="grid gap-2 sm:grid-cols-3">
        {runway.firstOutSec !== null &&
          fact("First deployment stops in", formatDuration(runway.firstOutSec), "runway-first")}
        {runway.escrowOutSec !== null &&
          fact("All escrow spent in", formatDuration(runway.escrowOutSec), "runway-escrow")}
        {runway.allOutSec !== null &&
          spendableKnown &&
          fact(
            `With your ${act(runway.spendable)} deposited`,
            formatDuration(runway.allOutSec),
            "runway-all",
          )}
      </dl>
      {runway.idle > 0 && (
        <p className="text-xs text-zinc-500">
          {act(runway.idle)} sits in the escrow of deployments without a lease; it comes back when you close
          them.
        </p>
      )}
    </div>
  );
}

export function AccountOverview({ owner }: { owner: string }) {
  const o = useAccountOverview(owner);
  return (
    <div className="grid gap-4">
      <Card aria-label="Account runway">
        <CardTitle>Runway</CardTitle>
        {o.isLoading ? (
          <Spinner label="Reading your deployments" />
        ) : o.error ? (
          <p className="text-sm text-red-700 dark:text-red-400">
            Could not read your deployments: {o.error.message}
          </p>
        ) : (
          <RunwayFacts runway={o.runway} blockTime={o.blockTime} spendableKnown={o.spendableKnown} />
        )}
      </Card>
      {o.rows.length > 0 && (
        <Card aria-label="Running out first">
          <CardTitle>Your deployments, soonest to run out first</CardTitle>
          <ul className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
            {o.rows.slice(0, SHOWN).map((row) => {
              const m = o.metricsOf(row);
              const dseq = row.deployment.dseq;
              return (
                <li
                  key={dseq}
                  className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2"
                  data-testid="overview-deployment"
                  data-dseq={dseq}
                >
                  <Link
                    to={paths.deployment(dseq)}
                    className="w-full min-w-0 truncate font-medium text-brand-700 hover:underline sm:w-auto sm:flex-1 dark:text-brand-500"
                  >
                    {o.names[dseq] ?? `dseq ${dseq}`}
                  </Link>
                  {/* On a phone the name has its own line, and the numbers share the next. */}
                  <span className="flex w-full justify-between gap-4 sm:w-auto sm:justify-end">
                    <MonthlyPrice monthly={m.monthly} />
                    <Balance amount={m.balance} />
                    <span className="w-24 text-right" data-testid="overview-time-left">
                      <TimeLeftText timeLeft={m.timeLeft} warnSeconds={o.warnSeconds} />
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
          {o.rows.length > SHOWN && (
            <Link to={paths.deployments()} className="mt-2 inline-block text-sm text-brand-600 underline">
              All {o.rows.length} active deployments
            </Link>
          )}
        </Card>
      )}
    </div>
  );
}

// The alerts page: browser notifications, the alerts fired, the rules, and when each running
// deployment runs out (with "Add to calendar").
import { useEffect, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Card, CardTitle } from "@/components/ui/card";
import { useAccountOverview } from "@/features/deployments";
import { useNetwork } from "@/features/network";
import { useViewedAddress } from "@/features/wallet";
import { AlertList } from "./AlertList";
import { CalendarButton } from "./CalendarButton";
import { NotificationsCard } from "./NotificationsCard";
import { RulesCard } from "./RulesCard";

function RunOuts({ owner }: { owner: string }) {
  const { network } = useNetwork();
  const { rows, metricsOf, names, blockTime } = useAccountOverview(owner);
  const running = rows.flatMap((row) => {
    const t = metricsOf(row).timeLeft;
    return t.kind === "running" ? [{ dseq: row.deployment.dseq, secondsLeft: t.secondsLeft }] : [];
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Card>
      <CardTitle>When deployments run out</CardTitle>
      <p className="mb-2 text-xs text-zinc-500">
        At the current lease prices and the measured block time ({blockTime.toFixed(2)} s).
      </p>
      {running.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No deployment is running a lease.</p>
      ) : (
        <ul className="grid gap-2" aria-label="Run-out times">
          {running.map((d) => {
            const at = new Date(now + d.secondsLeft * 1000);
            const name = names[d.dseq] ?? null;
            return (
              <li key={d.dseq} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{name ? `${name} (${d.dseq})` : `Deployment ${d.dseq}`}</span>
                  <span className="text-sm text-zinc-600 dark:text-zinc-400">
                    {" "}
                    · runs out {at.toLocaleString()}
                  </span>
                </span>
                <CalendarButton
                  networkId={network.id}
                  owner={owner}
                  dseq={d.dseq}
                  name={name}
                  runsOutAt={at}
                />
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function Rules({ owner }: { owner: string }) {
  const { network } = useNetwork();
  const { rows, names } = useAccountOverview(owner);
  const deployments = rows.map((r) => ({ dseq: r.deployment.dseq, name: names[r.deployment.dseq] ?? null }));
  return <RulesCard networkId={network.id} owner={owner} deployments={deployments} />;
}

export function AlertsPage() {
  const { address } = useViewedAddress();
  return (
    <div className="grid gap-4">
      <NotificationsCard />
      <AlertList />
      {address ? (
        <>
          <Rules owner={address} />
          <RunOuts owner={address} />
        </>
      ) : (
        <EmptyState title="Which account?">
          Connect a wallet or watch an address to set alert rules.
        </EmptyState>
      )}
    </div>
  );
}

export default AlertsPage;

// What the alerts are evaluated on: data the console already polls for the account (the active
// deployments with their escrow and the owner-wide leases, the spendable balances), plus one
// owner-wide open-bids request when a rule needs it. Nothing is fetched per deployment.
import { useMemo } from "react";
import { useAccountOverview } from "@/features/deployments";
import { useOpenBidCounts } from "@/features/market";
import { useNetwork } from "@/features/network";
import { useSpendable } from "@/features/wallet";
import type { AlertSnapshot, DeploymentFacts } from "../core/evaluate";
import type { AlertRule } from "../core/rules";

const RUNNING = new Set(["active", "reclaiming"]);

export function useAlertSnapshot(owner: string, rules: readonly AlertRule[]): Omit<AlertSnapshot, "now"> {
  const { network } = useNetwork();
  const overview = useAccountOverview(owner);
  const spendable = useSpendable(owner);
  const bids = useOpenBidCounts(
    owner,
    rules.some((r) => r.kind === "bid-waiting"),
  );
  const { rows, metricsOf, names, complete, dataUpdatedAt } = overview;
  return useMemo(() => {
    const deployments: DeploymentFacts[] | null = complete
      ? rows.map((row) => {
          const t = metricsOf(row).timeLeft;
          const secondsLeft = t.kind === "running" ? t.secondsLeft : t.kind === "overdrawn" ? 0 : null;
          return { dseq: row.deployment.dseq, name: names[row.deployment.dseq] ?? null, secondsLeft };
        })
      : null;
    const leases = complete ? rows.flatMap((r) => r.leases.filter((l) => RUNNING.has(l.state))) : null;
    const key = (l: { dseq: string; gseq: number; oseq: number; provider: string }) =>
      `${l.dseq}/${l.gseq}/${l.oseq}/${l.provider}`;
    const times = [complete ? dataUpdatedAt : 0, spendable.data ? spendable.dataUpdatedAt : 0];
    if (bids.data) times.push(bids.dataUpdatedAt);
    const known = times.filter((t) => t > 0);
    return {
      networkId: network.id,
      owner,
      asOf: known.length ? Math.min(...known) : 0,
      deployments,
      runningLeases: leases?.map(key) ?? null,
      reclaimingLeases: leases?.filter((l) => l.state === "reclaiming").map(key) ?? null,
      openBids: bids.data ?? null,
      balances: spendable.data ? { uact: spendable.data.uact, uakt: spendable.data.uakt } : null,
    };
  }, [
    network.id,
    owner,
    rows,
    metricsOf,
    names,
    complete,
    dataUpdatedAt,
    spendable.data,
    spendable.dataUpdatedAt,
    bids.data,
    bids.dataUpdatedAt,
  ]);
}

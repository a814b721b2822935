// Signs top-ups with this browser's top-up keys while any console tab is open: the tab that holds
// the network's top-up lock checks, every CHECK_MS, each deployment whose owner set a runway target
// with "sign with the top-up key", and deposits what the plan says (never beyond the key's grant,
// never past the cap). Each top-up is a transaction with its receipt; a failure waits for the
// next check. Renders nothing.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { TAB_CHANNELS } from "@/config/storage-keys";
import { useLeadership } from "@/lib/use-leadership";
import { deploymentInfoQuery, deploymentLeasesQuery } from "@/features/deployments";
import { DEPOSIT_AUTHZ_TYPE, fetchGrants, loadScopedKeys, topUpSettings } from "@/features/funding";
import { useLatestBlock, useNetwork } from "@/features/network";
import { useKeyTopUp } from "../actions/use-top-up";
import { checkTopUp, escrowNow, planText } from "./top-up-check";

const CHECK_MS = 15_000;

export function TopUpRunner() {
  const { network, rest } = useNetwork();
  const queryClient = useQueryClient();
  const topUp = useKeyTopUp();
  const height = useLatestBlock().data?.height ?? 0;
  const leader = useLeadership(TAB_CHANNELS.topUpLeader(network.id));
  const state = useRef({ busy: false, last: 0 });

  useEffect(() => {
    if (!leader || height === 0 || state.current.busy || Date.now() - state.current.last < CHECK_MS) return;
    state.current = { busy: true, last: Date.now() };
    const checkOne = async (owner: string, keyAddress: string, dseq: string) => {
      const settings = topUpSettings(network.id).get().owners[owner]?.deployments[dseq];
      if (!settings?.auto) return;
      const fresh = { staleTime: 0 } as const;
      const [info, leases, grants] = await Promise.all([
        queryClient.fetchQuery({ ...deploymentInfoQuery(network.id, rest, owner, dseq), ...fresh }),
        queryClient.fetchQuery({ ...deploymentLeasesQuery(network.id, rest, owner, dseq), ...fresh }),
        fetchGrants(rest, "grantee", keyAddress),
      ]);
      const grant = grants.find((g) => g.granter === owner && g.type === DEPOSIT_AUTHZ_TYPE);
      const grantLeft = BigInt(grant?.limits.find((c) => c.denom === network.deploymentDenom)?.amount ?? "0");
      const plan = checkTopUp({
        escrow: escrowNow(info.deployment.escrow, leases, height, network.deploymentDenom),
        blockTimeSec: network.averageBlockTimeSec,
        settings,
        grantLeft,
        now: new Date(),
      });
      if (plan?.kind !== "top-up") return;
      await topUp({
        owner,
        dseq,
        amount: plan.amount,
        grantLeft,
        reason: planText(plan, settings.targetHours),
      });
    };
    void (async () => {
      try {
        const keys = (await (await loadScopedKeys()).listScopedKeys()).filter(
          (k) => k.networkId === network.id,
        );
        const all = topUpSettings(network.id).get();
        for (const key of keys)
          for (const dseq of Object.keys(all.owners[key.owner]?.deployments ?? {}))
            await checkOne(key.owner, key.address, dseq).catch(() => undefined);
      } finally {
        state.current.busy = false;
      }
    })();
  }, [leader, height, network, rest, queryClient, topUp]);
  return null;
}

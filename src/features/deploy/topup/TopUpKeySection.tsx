// The owner's top-up key in this browser: none yet (make it and sign its grants in one
// transaction: a deposit grant with a limit and an expiry, and a fee allowance for deposits only),
// or the key's address with what its grants still allow, and "Revoke" (on chain, then the key is
// forgotten here). The key never holds funds.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import {
  DEPOSIT_AUTHZ_TYPE,
  fundingKeys,
  loadScopedKeys,
  untilText,
  useAllowances,
  useGrants,
} from "@/features/funding";
import { useNetwork } from "@/features/network";
import { formatCoin, parseAmount, type TransactionController } from "@/features/transactions";
import { useRevokeTopUpKey, useSetUpTopUpKey } from "../actions/use-top-up";

export function useTopUpKey(owner: string) {
  const { network } = useNetwork();
  const key = useQuery({
    queryKey: [...fundingKeys.localKeys(network.id), owner],
    queryFn: async () => (await loadScopedKeys()).scopedKeyInfo(network.id, owner),
  });
  const address = key.data?.address ?? null;
  const grants = useGrants("grantee", address);
  const allowances = useAllowances("grantee", address);
  const grant = grants.data?.find((g) => g.granter === owner && g.type === DEPOSIT_AUTHZ_TYPE) ?? null;
  const allowance = allowances.data?.find((a) => a.granter === owner) ?? null;
  const left = BigInt(grant?.limits.find((c) => c.denom === network.deploymentDenom)?.amount ?? "0");
  return { address, grant, allowance, grantLeft: left, loading: key.isPending };
}

export function TopUpKeySection({ owner, tx }: { owner: string; tx: TransactionController }) {
  const { network } = useNetwork();
  const key = useTopUpKey(owner);
  const setUp = useSetUpTopUpKey(tx);
  const revoke = useRevokeTopUpKey(tx);
  const [depositAct, setDepositAct] = useState("5");
  const [feeAkt, setFeeAkt] = useState("0.5");
  const [days, setDays] = useState("30");
  const deposit = parseAmount(depositAct);
  const fee = parseAmount(feeAkt);
  const daysNum = Number(days);
  const invalid = !deposit || deposit === "0" || !fee || fee === "0" || !(daysNum > 0 && daysNum <= 365);

  if (key.loading) return null;
  if (key.address && (key.grant || key.allowance))
    return (
      <div className="grid gap-2 text-sm" data-testid="top-up-key">
        <p>
          Top-up key <span className="break-all font-mono text-xs">{key.address}</span>: may deposit{" "}
          <strong data-testid="top-up-key-left">
            {formatCoin({ denom: network.deploymentDenom, amount: key.grantLeft.toString() })}
          </strong>{" "}
          more of your ACT, {untilText(key.grant?.expiration ?? null)}; its fees are paid by your wallet (
          {key.allowance?.spendLimit?.map(formatCoin).join(", ") ?? "no limit"} left). It holds no funds.
        </p>
        <div>
          <Button
            size="sm"
            variant="danger"
            disabled={!!tx.state}
            onClick={() =>
              void revoke({ owner, keyAddress: key.address!, deposit: !!key.grant, fee: !!key.allowance })
            }
          >
            Revoke the top-up key
          </Button>
        </div>
      </div>
    );
  return (
    <form
      className="grid gap-2 text-sm sm:grid-cols-4 sm:items-end"
      aria-label="Set up a top-up key"
      onSubmit={(e) => {
        e.preventDefault();
        if (invalid) return;
        void setUp({
          owner,
          depositLimit: { denom: network.deploymentDenom, amount: deposit },
          feeLimit: { denom: network.feeDenom, amount: fee },
          expiresAt: new Date(Date.now() + daysNum * 86_400_000),
          replacesFeeAllowance: !!key.allowance,
        });
      }}
    >
      <p className="text-zinc-600 sm:col-span-4 dark:text-zinc-400">
        A top-up key is made in this browser and kept encrypted here. It holds no funds: your wallet grants it
        what it may deposit into your deployments and pays its fees, up to the limits below, until they
        expire. You can revoke it at any time.
      </p>
      <Field label="Deposits up to (ACT)">
        <Input inputMode="decimal" value={depositAct} onChange={(e) => setDepositAct(e.target.value)} />
      </Field>
      <Field label="Fees up to (AKT)">
        <Input inputMode="decimal" value={feeAkt} onChange={(e) => setFeeAkt(e.target.value)} />
      </Field>
      <Field label="For (days)">
        <Input inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
      </Field>
      <Button type="submit" disabled={invalid || !!tx.state}>
        Set up the top-up key
      </Button>
    </form>
  );
}

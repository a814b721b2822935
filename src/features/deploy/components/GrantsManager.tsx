// The grants page's working part: authorize a wallet (deposit grant + fee allowance in one
// signature), see what you gave and what you hold, edit (re-grant) and revoke. A top-up key this
// browser made is labelled as such.
import { useQuery } from "@tanstack/react-query";
import { Suspense, useState } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import {
  fundingKeys,
  GrantForm,
  GrantsTable,
  groupByCounterparty,
  loadScopedKeys,
  useAllowances,
  useGrants,
  type CounterpartyRow,
  type GrantFormInitial,
  type GrantFormValue,
} from "@/features/funding";
import { useNetwork } from "@/features/network";
import { formatAmount, TxDialog, useTransaction } from "@/features/transactions";
import { useWallet } from "@/features/wallet";
import { useGrantSpend, useRevokeSpend } from "../actions/use-grant-spend";

function initialOf(r: CounterpartyRow): GrantFormInitial {
  const days = r.deposit?.expiration ?? r.fee?.expiration;
  return {
    grantee: r.address,
    depositAct: r.deposit
      ? formatAmount(r.deposit.limits.find((c) => c.denom === "uact")?.amount ?? "0")
      : "",
    feeAkt: r.fee?.spendLimit
      ? formatAmount(r.fee.spendLimit.find((c) => c.denom === "uakt")?.amount ?? "0")
      : "",
    periodic: r.fee?.kind === "periodic",
    days: days ? String(Math.max(1, Math.ceil((Date.parse(days) - Date.now()) / 86_400_000))) : "30",
  };
}

export function GrantsManager({ owner }: { owner: string }) {
  const { network } = useNetwork();
  const wallet = useWallet();
  const tx = useTransaction();
  const grant = useGrantSpend(tx);
  const revoke = useRevokeSpend(tx);
  const given = useGrants("granter", owner);
  const held = useGrants("grantee", owner);
  const gave = useAllowances("granter", owner);
  const holds = useAllowances("grantee", owner);
  const keys = useQuery({
    queryKey: fundingKeys.localKeys(network.id),
    queryFn: async () => (await loadScopedKeys()).listScopedKeys(),
  });
  const [editing, setEditing] = useState<CounterpartyRow | null>(null);
  const [formKey, setFormKey] = useState(0);
  const signer = wallet.address === owner;
  const labels = Object.fromEntries(
    (keys.data ?? [])
      .filter((k) => k.owner === owner && k.networkId === network.id)
      .map((k) => [k.address, "Top-up key (this browser)"]),
  );
  const givenRows = groupByCounterparty("given", given.data ?? [], gave.data ?? []);
  const heldRows = groupByCounterparty("held", held.data ?? [], holds.data ?? []);

  const submit = async (v: GrantFormValue) => {
    const hadFee = givenRows.some((r) => r.address === v.grantee && r.fee);
    const result = await grant({
      granter: owner,
      grantee: v.grantee,
      deposit: v.deposit ? { limit: v.deposit, expiresAt: v.expiresAt } : null,
      fee: v.fee
        ? { spendLimit: v.fee.total, expiresAt: v.expiresAt, period: v.fee.period, allowedMessages: null }
        : null,
      replacesFeeAllowance: hadFee && !!v.fee,
    });
    if (result.ok) {
      setEditing(null);
      setFormKey((k) => k + 1);
    }
  };

  return (
    <Suspense fallback={<Spinner label="Loading grants" />}>
      <div className="grid gap-4">
        {signer && (
          <Card aria-label="Authorize a wallet">
            <CardTitle>{editing ? `Edit the grants of ${editing.address}` : "Authorize a wallet"}</CardTitle>
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
              Let a teammate (or your own top-up key) deposit your ACT into their deployments and have your
              wallet pay their network fees, within limits and until a date you choose. Nothing leaves your
              wallet until they use it; you can revoke it at any time.
            </p>
            <GrantForm
              key={`${formKey}:${editing?.address ?? ""}`}
              self={owner}
              initial={editing ? initialOf(editing) : undefined}
              busy={!!tx.state}
              onSubmit={(v) => void submit(v)}
            />
          </Card>
        )}
        <Card aria-label="Given">
          <CardTitle>Given by {owner === wallet.address ? "you" : owner}</CardTitle>
          {given.isPending || gave.isPending ? (
            <Spinner label="Reading grants" />
          ) : (
            <GrantsTable
              side="given"
              rows={givenRows}
              labels={labels}
              busy={!!tx.state}
              onEdit={signer ? (r) => setEditing(r) : undefined}
              onRevoke={
                signer
                  ? (r) =>
                      void revoke({ granter: owner, grantee: r.address, deposit: !!r.deposit, fee: !!r.fee })
                  : undefined
              }
            />
          )}
        </Card>
        <Card aria-label="Received">
          <CardTitle>Received</CardTitle>
          {held.isPending || holds.isPending ? (
            <Spinner label="Reading grants" />
          ) : (
            <GrantsTable side="held" rows={heldRows} />
          )}
        </Card>
        <TxDialog tx={tx} />
      </div>
    </Suspense>
  );
}

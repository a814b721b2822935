// When the wallet holds less ACT than the deposit: offer to mint it by burning AKT (MsgMintACT),
// then wait until the ACT arrives (the chain mints at the end of an epoch, a few blocks later).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useNetwork } from "@/features/network";
import { formatAmount, mintAct, parseAmount, TxDialog, useTransaction } from "@/features/transactions";
import { spendableQuery, useWallet } from "@/features/wallet";

// The balance query is the wallet's own: polling it here also updates the deposit form above.
export function MintActOffer({ shortUact }: { shortUact: bigint }) {
  const { network, rest } = useNetwork();
  const { address } = useWallet();
  const tx = useTransaction();
  const [akt, setAkt] = useState(formatAmount(shortUact).replace(/,/g, ""));
  const [waiting, setWaiting] = useState(false);
  const burn = parseAmount(akt);
  useQuery({
    ...spendableQuery(network.id, rest, address ?? ""),
    enabled: waiting && !!address,
    refetchInterval: 2_000,
  });

  const mint = async () => {
    if (!address || !burn) return;
    const msg = mintAct({ owner: address, burn: { denom: "uakt", amount: burn }, expected: null });
    const result = await tx.run("Mint ACT", [msg], { action: "mint", target: { owner: address } });
    if (result.ok) setWaiting(true);
  };

  return (
    <div
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950/40"
      role="status"
    >
      <p>
        Your wallet lacks {formatAmount(shortUact)} ACT for this deposit. ACT is minted by burning AKT at the
        oracle price (minus a 0.25% spread); it arrives at the end of the current mint epoch.
      </p>
      {waiting ? (
        <p>Mint submitted. Waiting for the ACT to arrive…</p>
      ) : (
        <div className="flex flex-wrap items-end gap-2">
          <Field label="AKT to burn" error={burn ? null : "Type an amount of AKT."}>
            <Input
              inputMode="decimal"
              value={akt}
              onChange={(e) => setAkt(e.target.value)}
              className="w-36"
            />
          </Field>
          <Button onClick={() => void mint()} disabled={!burn}>
            Mint ACT
          </Button>
        </div>
      )}
      <TxDialog tx={tx} />
    </div>
  );
}

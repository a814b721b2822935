// Deposit more ACT into a deployment's escrow, or close it (with a confirmation); both through
// the signing pipeline.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import {
  accountDeposit,
  closeDeployment,
  parseAmount,
  type TransactionController,
} from "@/features/transactions";
import { useNetwork } from "@/features/network";
import { depositProblem } from "../utils/deposit";
import { useRefreshChain } from "../hooks/use-refresh-chain";

/** Uses the page's transaction controller: its dialog must outlive this panel (a closed deployment). */
export function ManagePanel({ owner, dseq, tx }: { owner: string; dseq: string; tx: TransactionController }) {
  const { network } = useNetwork();
  const refresh = useRefreshChain();
  const [amount, setAmount] = useState("0.5");
  const [confirming, setConfirming] = useState(false);
  const problem = depositProblem(amount);

  const deposit = async () => {
    const micro = parseAmount(amount);
    if (!micro || problem) return;
    const coin = { denom: network.deploymentDenom, amount: micro };
    const result = await tx.run(
      `Add funds to deployment ${dseq}`,
      [accountDeposit({ signer: owner, owner, dseq, amount: coin })],
      {
        action: "deposit",
        target: { owner, dseq },
        request: { deposit: coin },
      },
    );
    if (result.ok) refresh();
  };

  const close = async () => {
    setConfirming(false);
    const result = await tx.run(`Close deployment ${dseq}`, [closeDeployment({ owner, dseq })], {
      action: "close",
      target: { owner, dseq },
    });
    if (result.ok) refresh();
  };

  return (
    <Card aria-label="Manage deployment">
      <CardTitle>Manage</CardTitle>
      <div className="flex flex-wrap items-end gap-2">
        <Field label="Add funds (ACT)" error={problem}>
          <Input
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            className="w-32"
          />
        </Field>
        <Button onClick={() => void deposit()} disabled={!!problem || !!tx.state}>
          Deposit
        </Button>
        <span className="flex-1" />
        <Button variant="danger" onClick={() => setConfirming(true)} disabled={!!tx.state}>
          Close deployment
        </Button>
      </div>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Close deployment ${dseq}?`}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep it running
            </Button>
            <Button variant="danger" onClick={() => void close()}>
              Close it
            </Button>
          </>
        }
      >
        <p className="text-sm">
          Every lease stops and the providers shut the services down. The escrow's remaining ACT returns to
          your wallet. This cannot be undone.
        </p>
      </Dialog>
    </Card>
  );
}

// Deposit more ACT into a deployment's escrow (first from a deposit grant the wallet holds, when it
// has one), or close it (with a confirmation); both are write actions on the page's transaction
// controller.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { CloseRefundText } from "@/features/deployments";
import { DepositSource, fundingFrom, useDepositGrants } from "@/features/funding";
import { useNetwork } from "@/features/network";
import { parseAmount, type TransactionController } from "@/features/transactions";
import { useWallet } from "@/features/wallet";
import { useCloseDeployments } from "../actions/use-close-deployments";
import { useDeposit } from "../actions/use-deposit";
import { depositProblem } from "../utils/deposit";

/** Uses the page's transaction controller: its dialog must outlive this panel (a closed deployment). */
export function ManagePanel({ owner, dseq, tx }: { owner: string; dseq: string; tx: TransactionController }) {
  const depositAction = useDeposit(tx);
  const closeAction = useCloseDeployments(tx);
  const [amount, setAmount] = useState("0.5");
  const [confirming, setConfirming] = useState(false);
  const { network } = useNetwork();
  // The grants that pay are the signer's (the connected wallet), whoever owns the deployment.
  const granted = useDepositGrants(useWallet().address, network.deploymentDenom);
  const [useGrant, setUseGrant] = useState(true);
  const problem = depositProblem(amount);

  const deposit = () => {
    const micro = parseAmount(amount);
    if (micro && !problem)
      void depositAction({ owner, dseq, amount: micro, funding: fundingFrom(granted.grants, useGrant) });
  };

  const close = () => {
    setConfirming(false);
    void closeAction({ owner, dseqs: [dseq] });
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
        <Button onClick={deposit} disabled={!!problem || !!tx.state}>
          Deposit
        </Button>
        <div className="w-full sm:w-auto">
          <DepositSource grants={granted.grants} useGrant={useGrant} onChange={setUseGrant} />
        </div>
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
            <Button variant="danger" onClick={close}>
              Close it
            </Button>
          </>
        }
      >
        <div className="grid gap-2">
          <p className="text-sm">
            Every lease stops and the providers shut the services down. This cannot be undone.
          </p>
          <CloseRefundText owner={owner} dseqs={[dseq]} open={confirming} />
        </div>
      </Dialog>
    </Card>
  );
}

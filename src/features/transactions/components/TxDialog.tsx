// The review-and-progress dialog of a transaction: each message in plain words, the fee, the
// wallet step, broadcast, inclusion, and on failure the sentence with the raw log one click away.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { reasonProblem, useReasonMode } from "@/features/receipts";
import { Dialog } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import type { TransactionController } from "../hooks/use-transaction";
import type { TxMessage } from "../types";
import { formatCoin } from "../utils/format-coin";
import { FeePayerPicker } from "./FeePayerPicker";
import { TxFailureView } from "./TxFailureView";

function MessageList({ messages }: { messages: TxMessage[] }) {
  return (
    <ol className="space-y-3">
      {messages.map((m, i) => (
        <li key={i} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <p className="font-medium">{m.summary.title}</p>
          {/* addresses are one long word: let them wrap on a phone */}
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm break-words text-zinc-600 dark:text-zinc-400 [overflow-wrap:anywhere]">
            {m.summary.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

const PROGRESS: Record<string, string> = {
  simulating: "Estimating the fee…",
  "waiting-for-wallet": "Waiting for your wallet…",
  broadcasting: "Broadcasting…",
  "waiting-for-inclusion": "Waiting to be included in a block…",
};

export function TxDialog({ tx }: { tx: TransactionController }) {
  const { mode } = useReasonMode();
  const [reason, setReason] = useState("");
  const [feeGranter, setFeeGranter] = useState<string | null>(null);
  const { state } = tx;
  if (!state) return null;
  const problem = reasonProblem(mode, reason);
  const { phase, review, result } = state;
  const busy = !review && !result;
  const footer = review ? (
    <>
      <Button variant="secondary" onClick={() => (review.decide({ approved: false }), setFeeGranter(null))}>
        Cancel
      </Button>
      <Button
        disabled={problem !== null}
        onClick={() => {
          review.decide({ approved: true, reason: reason.trim() || null, feeGranter });
          setReason("");
          setFeeGranter(null);
        }}
      >
        Sign in {tx.walletName ?? "your wallet"}
      </Button>
    </>
  ) : result ? (
    <Button onClick={tx.dismiss}>{result.ok ? "Done" : "Close"}</Button>
  ) : null;
  return (
    <Dialog open title={state.title} onClose={() => (busy ? undefined : tx.dismiss())} footer={footer}>
      {review && (
        <div className="space-y-4" data-testid="tx-review">
          <MessageList messages={review.messages} />
          <p className="text-sm">
            Network fee: <strong data-testid="tx-fee">{review.fee.amount.map(formatCoin).join(" + ")}</strong>{" "}
            <span className="text-zinc-500">({Number(review.fee.gas).toLocaleString("en-US")} gas)</span>
          </p>
          <FeePayerPicker
            signer={tx.signer}
            fee={review.fee}
            messages={review.messages}
            value={feeGranter}
            onChange={setFeeGranter}
          />
          {tx.signMode === "amino" && (
            // Ledger signs the amino JSON and shows it field by field: the amounts to check are there.
            <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="tx-amino-note">
              Your wallet signs this as amino JSON (Ledger): the device shows each message&apos;s fields.
              Check the amounts there before you approve.
            </p>
          )}
          {mode !== "off" && (
            <Field
              label={mode === "required" ? "Reason (required)" : "Reason (optional, kept in your receipts)"}
            >
              <Input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={400} />
            </Field>
          )}
          {problem && reason && <p className="text-sm text-red-700 dark:text-red-400">{problem}</p>}
        </div>
      )}
      {busy && (
        <div className="flex items-center gap-3" role="status">
          <Spinner label={PROGRESS[phase.kind] ?? "Working…"} />
          <span>{PROGRESS[phase.kind] ?? "Working…"}</span>
        </div>
      )}
      {result?.ok && (
        <p role="status" className="text-emerald-700 dark:text-emerald-400">
          Included at height {result.height}.{" "}
          <span className="break-all text-xs text-zinc-500">Transaction {result.txHash}</span>
        </p>
      )}
      {result && !result.ok && <TxFailureView failure={result} />}
    </Dialog>
  );
}

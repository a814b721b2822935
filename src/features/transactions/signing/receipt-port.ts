// Adapts the receipts store to the pipeline's receipt port: what the pipeline knows (messages,
// fee, reason, outcome) plus what the page knows (action, target, SDL) becomes one attempt.
import { messageFacts, type BeginReceipt, type ReceiptOutcome, type ReceiptStore } from "@/features/receipts";
import type { ReceiptPort } from "../pipeline/ports";
import type { TxFailureKind, TxResult } from "../types";

export type ReceiptContext = Pick<BeginReceipt, "action" | "target"> & {
  request?: Omit<NonNullable<BeginReceipt["request"]>, "fee" | "memo" | "messageTypeUrls" | "messages">;
};

function stateOf(kind: TxFailureKind): ReceiptOutcome["state"] {
  if (kind === "rejected") return "rejected";
  if (kind === "not-broadcast") return "not-broadcast";
  return "failed";
}

export function outcomeOf(result: TxResult): ReceiptOutcome {
  if (result.ok) return { state: "success", txHash: result.txHash, height: result.height };
  return {
    state: stateOf(result.kind),
    txHash: result.txHash,
    height: result.height ?? null,
    code: result.code,
    codespace: result.codespace,
    rawLog: result.rawLog ?? result.message,
  };
}

/**
 * A signed transaction whose inclusion could not be confirmed (timeout, connection lost) may still
 * land: it is not a failure. Its receipt stays pending with the tx hash, and settlement looks the
 * hash up on the next load instead of recording a guess.
 */
export function isUnconfirmed(result: TxResult): boolean {
  return !result.ok && result.txHash !== null && (result.kind === "timeout" || result.kind === "network");
}

export function receiptPort(
  store: Pick<ReceiptStore, "begin" | "markBroadcast" | "complete" | "drive" | "release">,
  who: Pick<BeginReceipt, "network" | "chainId" | "walletName" | "signer">,
  context: ReceiptContext,
): ReceiptPort {
  return {
    async begin({ messages, fee, memo, reason }) {
      const receipt = await store.begin({
        ...who,
        action: context.action,
        target: context.target,
        request: {
          ...context.request,
          fee,
          memo,
          messageTypeUrls: messages.map((m) => m.typeUrl),
          messages: messages.map((m) => messageFacts(m.typeUrl, m.value)),
        },
        reason,
      });
      // While this pipeline waits for inclusion, the page's settlement must not race it.
      store.drive(receipt.attempt);
      return receipt.attempt;
    },
    async markBroadcast(attemptId, txHash, signed) {
      await store.markBroadcast(attemptId, txHash, signed ?? undefined);
    },
    async complete(attemptId, result) {
      try {
        if (!isUnconfirmed(result)) await store.complete(attemptId, outcomeOf(result));
      } finally {
        // Left pending (unconfirmed), it is settlement's from now on.
        store.release(attemptId);
      }
    },
  };
}

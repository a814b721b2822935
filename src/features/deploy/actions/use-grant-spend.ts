// Authorized spend from the connected wallet: grant (or replace) a deposit grant and a fee
// allowance for another wallet in one transaction, or revoke them. A fee allowance cannot be
// granted over an existing one (x/feegrant), so replacing it revokes it in the same transaction.
// Afterwards the funding reads (given and held, both sides) and the wallet's balances refresh
// (refresh-after-tx.ts).
import { useCallback } from "react";
import {
  grantDeposit,
  grantFeeAllowance,
  revokeDeposit,
  revokeFeeAllowance,
  type FeeAllowanceInput,
} from "@/features/funding";
import type { Coin, TransactionController, TxMessage, TxResult } from "@/features/transactions";
import { useRefreshAfterTx } from "./refresh-after-tx";

export interface GrantSpendInput {
  granter: string;
  grantee: string;
  deposit: { limit: Coin; expiresAt: Date | null } | null;
  fee: Omit<FeeAllowanceInput, "granter" | "grantee"> | null;
  /** the grantee already holds a fee allowance from this granter: revoke it first */
  replacesFeeAllowance: boolean;
}

export interface RevokeSpendInput {
  granter: string;
  grantee: string;
  deposit: boolean;
  fee: boolean;
}

export function grantSpendMessages(p: GrantSpendInput): TxMessage[] {
  const who = { granter: p.granter, grantee: p.grantee };
  const messages: TxMessage[] = [];
  if (p.deposit) messages.push(grantDeposit({ ...who, ...p.deposit }));
  if (p.fee && p.replacesFeeAllowance) messages.push(revokeFeeAllowance(who));
  if (p.fee) messages.push(grantFeeAllowance({ ...who, ...p.fee }));
  return messages;
}

export function useGrantSpend(tx: TransactionController) {
  const refresh = useRefreshAfterTx();
  return useCallback(
    async (p: GrantSpendInput): Promise<TxResult> => {
      const result = await tx.run("Grant spend", grantSpendMessages(p), {
        action: "grant",
        target: { owner: p.grantee },
        request: { deposit: p.deposit?.limit ?? null },
      });
      void refresh(p.granter, result);
      return result;
    },
    [tx, refresh],
  );
}

export function useRevokeSpend(tx: TransactionController) {
  const refresh = useRefreshAfterTx();
  return useCallback(
    async (p: RevokeSpendInput): Promise<TxResult> => {
      const who = { granter: p.granter, grantee: p.grantee };
      const messages = [
        ...(p.deposit ? [revokeDeposit(who)] : []),
        ...(p.fee ? [revokeFeeAllowance(who)] : []),
      ];
      const result = await tx.run("Revoke grant", messages, {
        action: "revoke-grant",
        target: { owner: p.grantee },
      });
      void refresh(p.granter, result);
      return result;
    },
    [tx, refresh],
  );
}

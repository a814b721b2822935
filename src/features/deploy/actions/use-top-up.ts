// Top-ups. With the top-up key: MsgAccountDeposit signed in this browser by the key, drawing
// only on its deposit grant from the owner (sources [grant]; the owner is the depositor of
// record, so what is unspent returns to the owner), the fee paid by the owner's fee allowance to
// the key; no dialog, a receipt like any other. Setting the key up is the owner's one signature:
// a deposit grant (limit, expiry) and a fee allowance for deposits only, in one transaction.
import { useCallback } from "react";
import { loadScopedKeys, type TopUpKeyInput } from "@/features/funding";
import { useNetwork } from "@/features/network";
import {
  ACCOUNT_DEPOSIT,
  accountDeposit,
  SOURCE_GRANT,
  useSigningKey,
  type TransactionController,
  type TxResult,
} from "@/features/transactions";
import { useRefreshAfterTx } from "./refresh-after-tx";
import { useGrantSpend, useRevokeSpend } from "./use-grant-spend";

export const TOP_UP_KEY_NAME = "Top-up key";

export interface KeyTopUp {
  owner: string;
  dseq: string;
  /** micro-units of the deployment denom */
  amount: bigint;
  /** what the key's deposit grant still allows */
  grantLeft: bigint;
  /** why, in the receipt: "runway 0.4 h below the 1 h target" */
  reason: string;
}

export function useKeyTopUp() {
  const { network } = useNetwork();
  const signWith = useSigningKey();
  const refresh = useRefreshAfterTx();
  return useCallback(
    async (t: KeyTopUp): Promise<TxResult> => {
      const { scopedSigner } = await loadScopedKeys();
      const key = await scopedSigner(network.id, t.owner);
      if (!key) throw new Error("This browser has no top-up key for this wallet.");
      const denom = network.deploymentDenom;
      const amount = { denom, amount: t.amount.toString() };
      const message = accountDeposit({
        signer: key.address,
        owner: t.owner,
        dseq: t.dseq,
        amount,
        funding: {
          sources: [SOURCE_GRANT],
          grants: [{ granter: t.owner, left: { denom, amount: t.grantLeft.toString() } }],
        },
      });
      const result = await signWith({
        signer: key.signer,
        address: key.address,
        walletName: TOP_UP_KEY_NAME,
        feeGranter: t.owner,
        messages: [message],
        context: { action: "top-up", target: { owner: t.owner, dseq: t.dseq }, request: { deposit: amount } },
        reason: t.reason,
      });
      void refresh(t.owner, result);
      return result;
    },
    [network.id, network.deploymentDenom, signWith, refresh],
  );
}

/** Makes the key if this browser has none, then signs its grants from the owner's wallet. */
export function useSetUpTopUpKey(tx: TransactionController) {
  const { network } = useNetwork();
  const grant = useGrantSpend(tx);
  return useCallback(
    async (p: TopUpKeyInput & { owner: string; replacesFeeAllowance: boolean }): Promise<TxResult> => {
      const keys = await loadScopedKeys();
      const key =
        (await keys.scopedKeyInfo(network.id, p.owner)) ?? (await keys.createScopedKey(network.id, p.owner));
      return grant({
        granter: p.owner,
        grantee: key.address,
        deposit: { limit: p.depositLimit, expiresAt: p.expiresAt },
        fee: {
          spendLimit: p.feeLimit,
          expiresAt: p.expiresAt,
          period: null,
          allowedMessages: [ACCOUNT_DEPOSIT],
        },
        replacesFeeAllowance: p.replacesFeeAllowance,
      });
    },
    [network.id, grant],
  );
}

/** Revokes the key's grants on chain, then forgets the key here (also when nothing was left to revoke). */
export function useRevokeTopUpKey(tx: TransactionController) {
  const { network } = useNetwork();
  const revoke = useRevokeSpend(tx);
  return useCallback(
    async (p: {
      owner: string;
      keyAddress: string;
      deposit: boolean;
      fee: boolean;
    }): Promise<TxResult | null> => {
      const keys = await loadScopedKeys();
      let result: TxResult | null = null;
      if (p.deposit || p.fee)
        result = await revoke({ granter: p.owner, grantee: p.keyAddress, deposit: p.deposit, fee: p.fee });
      if (result === null || result.ok) await keys.deleteScopedKey(network.id, p.owner);
      return result;
    },
    [network.id, revoke],
  );
}

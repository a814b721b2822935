// The pipeline for a key that signs without a dialog: a top-up key the tenant set up in this
// browser, whose reach the chain bounds (a deposit grant and a fee allowance with limits and an
// expiry). Same ports as useTransaction (simulate, fee, receipts before signing, broadcast,
// inclusion); the review is the policy the tenant approved when making the key, so it approves
// with the fee paid by the allowance's granter. Every attempt writes its receipts.
import { useCallback } from "react";
import type { OfflineSigner } from "@cosmjs/proto-signing";
import { useBlockFeed, useNetwork } from "@/features/network";
import { useReceiptStore } from "@/features/receipts";
import { signAndBroadcast } from "../pipeline/sign-and-broadcast";
import { receiptPort, type ReceiptContext } from "../signing/receipt-port";
import type { TxMessage, TxResult } from "../types";
import { useChainConnection } from "./chain-connection";

export interface KeySigning {
  signer: OfflineSigner;
  address: string;
  /** how the key shows in receipts ("Top-up key") */
  walletName: string;
  /** pays the fee from this granter's fee allowance (Fee.granter) */
  feeGranter: string | null;
  messages: TxMessage[];
  context: ReceiptContext;
  /** recorded as the attempt's reason */
  reason: string;
}

const POLL_MS = 1500;

export function useSigningKey() {
  const { network, rpcPool } = useNetwork();
  const feed = useBlockFeed();
  const store = useReceiptStore();
  const connect = useChainConnection();
  return useCallback(
    async (k: KeySigning): Promise<TxResult> => {
      const chain = await connect({
        rpcUrls: rpcPool.order(),
        getSigner: async () => k.signer,
        address: k.address,
      });
      try {
        const who = {
          network: { id: network.id, name: network.name },
          chainId: network.chainId,
          walletName: k.walletName,
          signer: k.address,
        };
        return await signAndBroadcast(
          k.messages,
          {
            ...chain,
            review: async () => ({ approved: true, reason: k.reason, feeGranter: k.feeGranter }),
            nextBlock: () =>
              new Promise<void>((resolve) => {
                const timer = setTimeout(done, POLL_MS);
                const off = feed.onBlock(done);
                function done() {
                  clearTimeout(timer);
                  off();
                  resolve();
                }
              }),
            now: () => Date.now(),
            receipts: receiptPort(store, who, k.context),
          },
          { gasPrice: network.gasPrice, feeDenom: network.feeDenom },
        );
      } finally {
        chain.disconnect();
      }
    },
    [connect, rpcPool, network, feed, store],
  );
}

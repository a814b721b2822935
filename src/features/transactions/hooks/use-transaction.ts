// Runs the signing pipeline from a component: wires the ports to the selected network, the
// connected wallet, the block feed, the receipts store and the review dialog state, and exposes
// the phase. The cosmjs client and codecs are imported on the first run, never with the page
// (see chain-connection.tsx, where tests put a fake chain instead).
import { useCallback, useRef, useState } from "react";
import { useBlockFeed, useNetwork } from "@/features/network";
import { useReceiptStore } from "@/features/receipts";
import { useWallet } from "@/features/wallet";
import type { ReviewDecision } from "../pipeline/ports";
import { signAndBroadcast, type SignOptions } from "../pipeline/sign-and-broadcast";
import { receiptPort, type ReceiptContext } from "../signing/receipt-port";
import { useChainConnection } from "./chain-connection";
import type { Fee, TxFailure, TxMessage, TxPhase, TxResult } from "../types";

export interface PendingReview {
  messages: TxMessage[];
  fee: Fee;
  decide(decision: ReviewDecision): void;
}

export interface TransactionState {
  title: string;
  phase: TxPhase;
  review: PendingReview | null;
  result: TxResult | null;
}

// Between blocks the websocket may be down: poll for inclusion at least this often.
const POLL_MS = 1500;

function failed(message: string): TxFailure {
  return { ok: false, kind: "network", message, code: null, codespace: null, rawLog: null, txHash: null };
}

export function useTransaction() {
  const { network, rpcPool } = useNetwork();
  const wallet = useWallet();
  const feed = useBlockFeed();
  const store = useReceiptStore();
  const connect = useChainConnection();
  const [state, setState] = useState<TransactionState | null>(null);
  const running = useRef(false);

  const nextBlock = useCallback(
    () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(done, POLL_MS);
        const off = feed.onBlock(done);
        function done() {
          clearTimeout(timer);
          off();
          resolve();
        }
      }),
    [feed],
  );

  const run = useCallback(
    async (
      title: string,
      messages: TxMessage[],
      // memo: public, on chain, and in the receipt (e.g. which deployment a redeploy replaces)
      context: ReceiptContext & { memo?: string },
      opts: Pick<SignOptions, "gasReserve"> = {},
    ): Promise<TxResult> => {
      if (running.current) return failed("Another transaction is still in progress.");
      running.current = true;
      const update = (patch: Partial<TransactionState>) => setState((s) => (s ? { ...s, ...patch } : s));
      setState({ title, phase: { kind: "simulating" }, review: null, result: null });
      let disconnect = () => undefined as void;
      try {
        const address = wallet.address;
        if (!address) throw new Error("Connect a wallet first.");
        const chain = await connect({
          rpcUrls: rpcPool.order(),
          getSigner: () => wallet.getSigner(),
          address,
        });
        disconnect = chain.disconnect;
        const who = {
          network: { id: network.id, name: network.name },
          chainId: network.chainId,
          walletName: wallet.walletName ?? "wallet",
          signer: address,
        };
        const result = await signAndBroadcast(
          messages,
          {
            ...chain,
            review: ({ fee }) =>
              new Promise<ReviewDecision>((decide) =>
                update({ review: { messages, fee, decide: (d) => (update({ review: null }), decide(d)) } }),
              ),
            nextBlock,
            now: () => Date.now(),
            receipts: receiptPort(store, who, context),
            onPhase: (phase) => update({ phase }),
          },
          {
            gasPrice: network.gasPrice,
            feeDenom: network.feeDenom,
            gasReserve: opts.gasReserve,
            memo: context.memo,
          },
        );
        update({ result });
        return result;
      } catch (err) {
        const result = failed(err instanceof Error ? err.message : String(err));
        update({ phase: { kind: "failed", message: result.message }, result });
        return result;
      } finally {
        disconnect();
        running.current = false;
      }
    },
    [wallet, rpcPool, network, nextBlock, store, connect],
  );

  const dismiss = useCallback(() => setState(null), []);
  return {
    state,
    run,
    dismiss,
    walletName: wallet.walletName,
    signMode: wallet.signMode,
    signer: wallet.address,
  };
}

export type TransactionController = ReturnType<typeof useTransaction>;

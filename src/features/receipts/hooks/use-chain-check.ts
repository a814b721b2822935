// "Check against the chain" from the panel: every receipt of the selected network whose
// transaction reached a block, compared with the chain (core/chain-check.ts) over the active RPC
// endpoint. Decoding is injected by the route (it uses the signing codecs). Can be cancelled.
import { useCallback, useRef, useState } from "react";
import { useNetwork } from "@/features/network";
import type { ChainCheckReport, TxDecoder } from "../core/chain-check";
import type { ReceiptStore } from "../store/receipt-store";

export interface ChainCheckState {
  running: boolean;
  progress: { done: number; total: number } | null;
  report: ChainCheckReport | null;
  error: string | null;
}

const IDLE: ChainCheckState = { running: false, progress: null, report: null, error: null };

export function useChainCheck(store: ReceiptStore, decode: TxDecoder | undefined) {
  const { network, rpcPool } = useNetwork();
  const [state, setState] = useState<ChainCheckState>(IDLE);
  const abort = useRef<AbortController | null>(null);

  const run = useCallback(async () => {
    if (!decode) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ ...IDLE, running: true });
    try {
      const [{ checkAgainstChain }, { rpcChainSource }, receipts] = await Promise.all([
        import("../core/chain-check"),
        import("../core/rpc-source"),
        store.list(),
      ]);
      const report = await checkAgainstChain(
        receipts,
        rpcChainSource(rpcPool.active, network.chainId),
        decode,
        {
          signal: controller.signal,
          onProgress: (done, total) => setState((s) => ({ ...s, progress: { done, total } })),
        },
      );
      if (!controller.signal.aborted) setState({ ...IDLE, report });
    } catch (err) {
      if (!controller.signal.aborted)
        setState({ ...IDLE, error: err instanceof Error ? err.message : String(err) });
    }
  }, [decode, store, rpcPool, network.chainId]);

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState(IDLE);
  }, []);

  return { ...state, available: decode !== undefined, networkName: network.name, run, cancel };
}

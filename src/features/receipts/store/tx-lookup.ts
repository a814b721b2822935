// The settlement lookup over CometBFT RPC (`tx?hash=0x…`), which mainnet nodes and the local
// network both serve. "not found" is an answer (the chain does not know the hash), not a failure:
// CometBFT sends it as a JSON-RPC error, sometimes with HTTP 500, so it is read from the body and
// the call goes straight to the active endpoint (a 500 must not fail the endpoint over).
import { fetchJson, HttpError } from "@/lib/http";
import type { TxLookup } from "./settle";

interface TxRpcAnswer {
  result?: { height?: string; tx_result?: { code?: number; codespace?: string; log?: string } };
  error?: { message?: string; data?: string };
}

function isNotFound(answer: TxRpcAnswer | undefined): boolean {
  return /not found/i.test(`${answer?.error?.message ?? ""} ${answer?.error?.data ?? ""}`);
}

export function rpcTxLookup(rpcUrl: () => string): TxLookup {
  return async (txHash, signal) => {
    const url = `${rpcUrl().replace(/\/+$/, "")}/tx?hash=0x${encodeURIComponent(txHash)}`;
    let answer: TxRpcAnswer;
    try {
      answer = await fetchJson<TxRpcAnswer>(url, { signal });
    } catch (err) {
      if (err instanceof HttpError && isNotFound(err.body as TxRpcAnswer)) return null;
      throw err;
    }
    if (isNotFound(answer)) return null;
    if (answer.error)
      throw new Error(answer.error.data || answer.error.message || "The node refused the lookup.");
    const height = Number(answer.result?.height ?? 0);
    if (!height) return null;
    const r = answer.result?.tx_result ?? {};
    return { height, code: r.code ?? 0, codespace: r.codespace || null, rawLog: r.log || null };
  };
}

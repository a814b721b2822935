// Transactions by hash over CometBFT RPC (`status`, `tx?hash=0x…`), which mainnet nodes and the
// local network both serve, for the chain check in the panel and in `npm run verify-receipts`.
// Plain fetch and no app imports: the Node script loads this file as it is. "Not found" is an
// answer (CometBFT sends it as a JSON-RPC error, sometimes with HTTP 500), not a failure.
import type { ChainSource, OnChainTx } from "./chain-check";

interface RpcAnswer<T> {
  result?: T;
  error?: { message?: string; data?: string };
}

interface TxResult {
  height?: string;
  tx?: string;
  tx_result?: { code?: number };
}

const isNotFound = (a: RpcAnswer<unknown> | null) =>
  /not found/i.test(`${a?.error?.message ?? ""} ${a?.error?.data ?? ""}`);

async function get<T>(url: string, signal?: AbortSignal): Promise<RpcAnswer<T> | null> {
  const timeout = AbortSignal.timeout(20_000);
  const res = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  const body = (await res.json().catch(() => null)) as RpcAnswer<T> | null;
  if (!res.ok && !body?.error) throw new Error(`${new URL(url).host} answered HTTP ${res.status}.`);
  return body;
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The node's chain id, from `status`. */
export async function rpcChainId(rpcUrl: string, signal?: AbortSignal): Promise<string> {
  const answer = await get<{ node_info?: { network?: string } }>(
    `${rpcUrl.replace(/\/+$/, "")}/status`,
    signal,
  );
  const id = answer?.result?.node_info?.network;
  if (!id) throw new Error(`${rpcUrl} does not answer like a CometBFT RPC node (no chain id in status).`);
  return id;
}

export function rpcChainSource(rpcUrl: string, chainId: string): ChainSource {
  const base = rpcUrl.replace(/\/+$/, "");
  return {
    chainId,
    async findTx(hash, signal): Promise<OnChainTx | null> {
      const answer = await get<TxResult>(`${base}/tx?hash=0x${encodeURIComponent(hash)}`, signal);
      if (isNotFound(answer)) return null;
      if (answer?.error)
        throw new Error(answer.error.data || answer.error.message || "The node refused the lookup.");
      const r = answer?.result;
      const height = Number(r?.height ?? 0);
      if (!height || !r?.tx) return null;
      return { height, code: r.tx_result?.code ?? 0, tx: fromBase64(r.tx) };
    },
  };
}

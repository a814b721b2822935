// Transactions by hash over CometBFT RPC (`status`, `tx?hash=0x…`), which mainnet nodes and the
// local network both serve, for the chain check in the panel and in `npm run verify-receipts`.
// Plain fetch and no app imports: the Node script loads this file as it is. "Not found" is an
// answer (CometBFT sends it as a JSON-RPC error, sometimes with HTTP 500), not a failure. These
// are reads: a busy node's 5xx or 429, or a dropped connection, is retried a few times before a
// receipt is reported as "could not be checked".
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

const ATTEMPTS = 4;
const BACKOFF_MS = 250;

class Unanswered extends Error {}

async function getOnce<T>(url: string, signal?: AbortSignal): Promise<RpcAnswer<T> | null> {
  const timeout = AbortSignal.timeout(20_000);
  let res: Response;
  try {
    res = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new Unanswered(
      `${new URL(url).host} did not answer (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  const body = (await res.json().catch(() => null)) as RpcAnswer<T> | null;
  // CometBFT sends "not found" with HTTP 500: that is an answer. Any other 5xx or 429 is a busy
  // node, even when it wraps its refusal in a JSON-RPC error body: retried.
  if (res.ok || isNotFound(body)) return body;
  const detail = body?.error?.message ? `: ${body.error.message}` : "";
  const message = `${new URL(url).host} answered HTTP ${res.status}${detail}.`;
  if (res.status >= 500 || res.status === 429) throw new Unanswered(message);
  if (body?.error) return body;
  throw new Error(message);
}

async function get<T>(url: string, signal?: AbortSignal): Promise<RpcAnswer<T> | null> {
  for (let i = 1; ; i++) {
    try {
      return await getOnce<T>(url, signal);
    } catch (err) {
      if (!(err instanceof Unanswered) || i >= ATTEMPTS) throw err;
      await new Promise((r) => setTimeout(r, BACKOFF_MS * i));
    }
  }
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

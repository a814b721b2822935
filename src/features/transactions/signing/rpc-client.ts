// The JSON-RPC transport the signing client runs on. CometBFT nodes behind public balancers answer
// 503 or 429 now and then, and cosmjs gives up on the first one; a transaction then fails halfway
// (simulated but never signed, signed but never sent). So each call is retried, across the
// network's RPC endpoints, with the rule that keeps a transaction from landing twice or being
// called lost when it was not:
// - reads (status, abci_query, tx, …) are retried on any network error, 5xx or 429;
// - broadcast_tx_* is retried only on 503 and 429, which mean the node did not take the request,
//   and resending the very same bytes is harmless (same hash; the mempool refuses a duplicate).
//   When every try got such an answer, NotBroadcastError says so for certain. Any other failure
//   (a dropped connection, 500, 502, 504, a timeout) may hide an accepted transaction: it is
//   thrown as is, and the pipeline looks the transaction up by hash instead of guessing.
import type { RpcClient } from "@cosmjs/tendermint-rpc";
import { NotBroadcastError } from "../pipeline/errors";

type JsonRpcRequest = Parameters<RpcClient["execute"]>[0];
type JsonRpcSuccess = Awaited<ReturnType<RpcClient["execute"]>>;

class RpcHttpError extends Error {
  constructor(readonly status: number) {
    super(`Bad status on response: ${status}`);
  }
}

export interface RetryOptions {
  attempts?: number;
  /** the n-th retry waits n × this */
  backoffMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  fetchImpl?: typeof fetch;
}

const NOT_TAKEN = new Set([503, 429]);

async function post(url: string, request: JsonRpcRequest, timeoutMs: number, fetchImpl: typeof fetch) {
  const res = await fetchImpl(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json().catch(() => null)) as { result?: unknown; error?: unknown } | null;
  // 503 and 429 say "not now" whatever their body; any other status with a JSON-RPC error is the
  // node's answer (CometBFT sends some with HTTP 500).
  if (res.status >= 400 && (NOT_TAKEN.has(res.status) || body?.error === undefined))
    throw new RpcHttpError(res.status);
  if (!body) throw new Error("The RPC node's answer is not JSON.");
  // As cosmjs's HttpClient does, so cosmjs reads its errors unchanged.
  if (body.error !== undefined) throw new Error(JSON.stringify(body.error));
  return { jsonrpc: "2.0", id: request.id, result: body.result } as JsonRpcSuccess;
}

function retryable(err: unknown, broadcast: boolean): boolean {
  if (err instanceof RpcHttpError)
    return broadcast ? NOT_TAKEN.has(err.status) : err.status >= 500 || err.status === 429;
  // A JSON-RPC error is the node's answer, not a transport failure.
  if (err instanceof Error && err.message.startsWith("{")) return false;
  return !broadcast;
}

export function retryingRpcClient(urls: readonly string[], opts: RetryOptions = {}): RpcClient {
  if (urls.length === 0) throw new Error("No RPC endpoint to connect to.");
  const attempts = opts.attempts ?? 8;
  const backoff = opts.backoffMs ?? 150;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const fetchImpl = opts.fetchImpl ?? ((input, init) => fetch(input, init));
  return {
    async execute(request) {
      const broadcast = request.method.startsWith("broadcast_tx");
      let last: unknown;
      for (let i = 0; i < attempts; i++) {
        if (i > 0) await sleep(backoff * i);
        try {
          return await post(urls[i % urls.length]!, request, opts.timeoutMs ?? 30_000, fetchImpl);
        } catch (err) {
          last = err;
          if (!retryable(err, broadcast)) throw err;
        }
      }
      if (broadcast)
        throw new NotBroadcastError(
          `No node accepted the transaction (${attempts} tries, last: ${last instanceof Error ? last.message : String(last)}).`,
        );
      throw last instanceof Error ? last : new Error(String(last));
    },
    disconnect: () => undefined,
  };
}

// Health check of one RPC or REST endpoint before it is used or saved: it must answer, report
// the chain-id of the network it is for, and give its latest height; latency is measured.
import { fetchJson, HttpError } from "@/lib/http";

export type EndpointKind = "rpc" | "rest";

export type EndpointHealth =
  | { ok: true; url: string; kind: EndpointKind; chainId: string; height: number; latencyMs: number }
  | {
      ok: false;
      url: string;
      kind: EndpointKind;
      reason: string;
      chainId: string | null;
      latencyMs: number | null;
    };

interface CheckOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

function normaliseUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.toString().replace(/\/+$/, "");
  } catch {
    return null;
  }
}

async function probe(
  kind: EndpointKind,
  url: string,
  opts: CheckOptions,
): Promise<{ chainId: string; height: number }> {
  const common = { fetchImpl: opts.fetchImpl, timeoutMs: opts.timeoutMs ?? 8_000 };
  if (kind === "rpc") {
    const body = await fetchJson<{
      result?: { node_info?: { network?: string }; sync_info?: { latest_block_height?: string } };
    }>(url, { ...common, method: "POST", body: { jsonrpc: "2.0", id: 1, method: "status", params: {} } });
    const chainId = body.result?.node_info?.network;
    const height = Number(body.result?.sync_info?.latest_block_height);
    if (!chainId || !Number.isFinite(height))
      throw new Error("It answered, but not like a CometBFT RPC node (no chain-id in `status`).");
    return { chainId, height };
  }
  const body = await fetchJson<{ block?: { header?: { chain_id?: string; height?: string } } }>(
    `${url}/cosmos/base/tendermint/v1beta1/blocks/latest`,
    common,
  );
  const chainId = body.block?.header?.chain_id;
  const height = Number(body.block?.header?.height);
  if (!chainId || !Number.isFinite(height))
    throw new Error("It answered, but not like a Cosmos REST gateway (no latest block).");
  return { chainId, height };
}

export async function checkEndpoint(
  kind: EndpointKind,
  rawUrl: string,
  expected: { chainId: string; networkName: string },
  opts: CheckOptions = {},
): Promise<EndpointHealth> {
  const url = normaliseUrl(rawUrl);
  if (!url) {
    return {
      ok: false,
      url: rawUrl,
      kind,
      reason: "This is not an http(s) URL.",
      chainId: null,
      latencyMs: null,
    };
  }
  const now = opts.now ?? (() => performance.now());
  const started = now();
  try {
    const { chainId, height } = await probe(kind, url, opts);
    const latencyMs = Math.round(now() - started);
    if (chainId !== expected.chainId) {
      return {
        ok: false,
        url,
        kind,
        chainId,
        latencyMs,
        reason: `This endpoint serves chain "${chainId}", but ${expected.networkName} is "${expected.chainId}".`,
      };
    }
    return { ok: true, url, kind, chainId, height, latencyMs };
  } catch (err) {
    const reason =
      err instanceof HttpError
        ? `Unreachable: ${err.message}`
        : err instanceof Error
          ? err.message
          : String(err);
    return { ok: false, url, kind, reason, chainId: null, latencyMs: null };
  }
}

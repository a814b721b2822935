// Looks up, on the chain the proxy trusts, where a provider lives (host_uri) and which TLS
// certificates it published. Answers are cached briefly: the proxy serves log streams and
// status polls, and each would otherwise cost two REST calls.
import { X509Certificate } from "node:crypto";
import { z } from "zod";
import type { ProxyNetwork } from "./networks";

export interface ProviderRecord {
  hostUri: URL;
  /** SHA-256 fingerprints ("AB:CD:…") of the provider's valid on-chain certificates */
  fingerprints: Set<string>;
}

export class ProviderLookupError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const providerSchema = z.object({ provider: z.object({ owner: z.string(), host_uri: z.string() }) });
const certsSchema = z.object({
  certificates: z.array(z.object({ certificate: z.object({ state: z.string(), cert: z.string() }) })),
});

const TTL_MS = 15_000;
const LOOKUP_TIMEOUT_MS = 8_000;

async function getJson(network: ProxyNetwork, path: string, fetchImpl: typeof fetch): Promise<unknown> {
  let lastError = "no REST endpoint";
  for (const base of network.rest) {
    try {
      const res = await fetchImpl(base.replace(/\/+$/, "") + path, {
        signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
        headers: { accept: "application/json" },
      });
      if (res.status === 404 || res.status === 400) return null;
      if (!res.ok) {
        lastError = `HTTP ${res.status}`;
        continue;
      }
      return await res.json();
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
  }
  throw new ProviderLookupError(
    502,
    `The ${network.id} network's REST endpoints did not answer (${lastError}).`,
  );
}

function fingerprintOf(certB64: string): string | null {
  try {
    return new X509Certificate(Buffer.from(certB64, "base64").toString("utf8")).fingerprint256;
  } catch {
    return null;
  }
}

export function createProviderDirectory(fetchImpl: typeof fetch = fetch) {
  const cache = new Map<string, { at: number; record: Promise<ProviderRecord> }>();

  async function load(network: ProxyNetwork, owner: string): Promise<ProviderRecord> {
    const raw = await getJson(
      network,
      `/akash/provider/v1beta4/providers/${encodeURIComponent(owner)}`,
      fetchImpl,
    );
    const parsed = providerSchema.safeParse(raw);
    if (!parsed.success)
      throw new ProviderLookupError(404, `${owner} is not a provider registered on ${network.id}.`);
    let hostUri: URL;
    try {
      hostUri = new URL(parsed.data.provider.host_uri);
    } catch {
      throw new ProviderLookupError(502, `${owner} registered an invalid host URI.`);
    }
    if (hostUri.protocol !== "https:")
      throw new ProviderLookupError(502, `${owner} registered a host URI that is not HTTPS.`);
    const certsRaw = await getJson(
      network,
      `/akash/cert/v1/certificates/list?filter.owner=${encodeURIComponent(owner)}&filter.state=valid`,
      fetchImpl,
    );
    const certs = certsSchema.safeParse(certsRaw);
    const fingerprints = new Set<string>();
    for (const c of certs.success ? certs.data.certificates : []) {
      if (c.certificate.state !== "valid") continue;
      const fp = fingerprintOf(c.certificate.cert);
      if (fp) fingerprints.add(fp);
    }
    return { hostUri, fingerprints };
  }

  return {
    lookup(network: ProxyNetwork, owner: string): Promise<ProviderRecord> {
      const key = `${network.id}|${owner}`;
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < TTL_MS) return hit.record;
      const record = load(network, owner);
      cache.set(key, { at: Date.now(), record });
      record.catch(() => cache.delete(key));
      return record;
    },
  };
}

export type ProviderDirectory = ReturnType<typeof createProviderDirectory>;

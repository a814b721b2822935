// PUT /deployment/{dseq}/manifest through the proxy with the exact bytes of chain-sdk's sorted
// manifest JSON. A provider that has not yet seen the lease answers "no lease for deployment";
// that is retried at intervals (as the provider catches up with the chain), anything else is not.
import { ProxyError, providerRequest, type ProxyTarget } from "./proxy-client";

/** Refusals by the proxy that no retry will change. */
const FINAL_PROXY_CODES = new Set([
  "certificate-mismatch",
  "refused-address",
  "not-registered",
  "wrong-host",
  "bad-request",
]);

export type ManifestOutcome =
  { ok: true; attempts: number } | { ok: false; status: number | null; message: string; attempts: number };

export interface SendManifestOptions {
  target: ProxyTarget;
  dseq: string;
  manifestJson: string;
  token: string;
  attempts?: number;
  retryDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  fetchImpl?: typeof fetch;
}

const NOT_SEEN_YET = /no lease for deployment|lease not found|unknown lease/i;

function explain(status: number, text: string): string {
  if (status === 401 || status === 403)
    return `The provider refused the token (HTTP ${status}): ${text || "unauthorized"}.`;
  if (status === 422 || status === 400) return `The provider rejected the manifest (HTTP ${status}): ${text}`;
  return `The provider could not accept the manifest (HTTP ${status})${text ? `: ${text}` : "."}`;
}

export async function sendManifest(opts: SendManifestOptions): Promise<ManifestOutcome> {
  const attempts = opts.attempts ?? 6;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let last: ManifestOutcome = { ok: false, status: null, message: "not sent", attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const answer = await providerRequest(
        opts.target,
        {
          method: "PUT",
          path: `/deployment/${opts.dseq}/manifest`,
          body: opts.manifestJson,
          token: opts.token,
          timeoutMs: 30_000,
        },
        opts.fetchImpl,
      );
      if (answer.status >= 200 && answer.status < 300) return { ok: true, attempts: attempt };
      last = {
        ok: false,
        status: answer.status,
        message: explain(answer.status, answer.text.trim()),
        attempts: attempt,
      };
      if (!NOT_SEEN_YET.test(answer.text)) return last;
    } catch (err) {
      last = {
        ok: false,
        status: null,
        message: err instanceof Error ? err.message : String(err),
        attempts: attempt,
      };
      if (err instanceof ProxyError && FINAL_PROXY_CODES.has(err.code)) return last;
    }
    if (attempt < attempts) await sleep(opts.retryDelayMs ?? 2000);
  }
  return last;
}

// The browser side of the console server's provider proxy (server/provider-proxy): one POST
// per provider request with the network, provider and URL; the proxy's own refusals carry a
// header so they are shown as what they are (certificate mismatch, unreachable) and not as the
// provider's answer.

export const PROXY_ERROR_HEADER = "x-provider-proxy-error";
/** The provider's status when the proxy relayed its answer (see server/provider-proxy). */
export const PROVIDER_STATUS_HEADER = "x-provider-status";

export interface ProxyTarget {
  /** the console server's proxy path, from /config.json */
  proxyUrl: string;
  networkId: string;
  providerAddress: string;
  /** the provider's host URI as registered on chain */
  hostUri: string;
}

export interface ProviderAnswer {
  status: number;
  text: string;
}

export class ProxyError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ProxyError";
  }
}

const PROXY_MESSAGES: Record<string, string> = {
  "certificate-mismatch":
    "The provider presented a TLS certificate it has not published on chain; the console will not talk to it.",
  "refused-address":
    "The provider's registered host points to a private address; the console will not connect there.",
  unreachable: "The provider could not be reached. It may be down; try again in a minute.",
  timeout: "The provider did not answer in time. Try again in a minute.",
  "not-registered": "This provider is not registered on this network.",
};

export async function providerRequest(
  target: ProxyTarget,
  req: {
    method: "GET" | "PUT" | "POST";
    path: string;
    body?: string;
    token?: string;
    timeoutMs?: number;
    signal?: AbortSignal;
  },
  fetchImpl: typeof fetch = fetch,
): Promise<ProviderAnswer> {
  let res: Response;
  try {
    res = await fetchImpl(target.proxyUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        network: target.networkId,
        providerAddress: target.providerAddress,
        url: target.hostUri.replace(/\/+$/, "") + req.path,
        method: req.method,
        body: req.body,
        token: req.token,
        timeoutMs: req.timeoutMs,
      }),
      signal: req.signal,
    });
  } catch (err) {
    throw new ProxyError(
      "network",
      `Could not reach the console server: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const text = await res.text();
  const proxyCode = res.headers.get(PROXY_ERROR_HEADER);
  if (proxyCode) {
    let detail = text;
    try {
      detail = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // not JSON: keep the text
    }
    throw new ProxyError(
      proxyCode,
      PROXY_MESSAGES[proxyCode] ? `${PROXY_MESSAGES[proxyCode]} (${detail})` : detail,
    );
  }
  const relayed = res.headers.get(PROVIDER_STATUS_HEADER);
  return { status: relayed ? Number(relayed) : res.status, text };
}

/** The websocket URL of the proxy relay, on the page's own origin. */
export function proxySocketUrl(proxyUrl: string, origin: string = window.location.origin): string {
  const url = new URL(proxyUrl.replace(/\/+$/, "") + "/ws", origin);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.href;
}

// The proxy's request envelope (shape after Console's provider-proxy, akash-protocol.md §4): the
// browser names the network and the provider, and a URL that must be on the provider's
// registered host. The JWT travels in the envelope, never in a URL, so it stays out of logs.
import { z } from "zod";

export const MAX_TIMEOUT_MS = 30_000;
export const DEFAULT_TIMEOUT_MS = 15_000;

const common = {
  network: z.string().min(1).max(64),
  providerAddress: z.string().regex(/^akash1[02-9ac-hj-np-z]{38,58}$/, "not an akash address"),
  url: z.string().url().max(2048),
  // Checked before dialing: a CR/LF here would make http.request throw with the socket open.
  token: z
    .string()
    .max(8192)
    .regex(/^[A-Za-z0-9._~+/=-]+$/, "the token may only hold JWT characters")
    .optional(),
};

export const httpEnvelopeSchema = z.object({
  ...common,
  method: z.enum(["GET", "PUT", "POST", "DELETE"]),
  body: z.string().optional(),
  timeoutMs: z.number().int().positive().max(MAX_TIMEOUT_MS).optional(),
});
export type HttpEnvelope = z.infer<typeof httpEnvelopeSchema>;

export const wsEnvelopeSchema = z.object(common);
export type WsEnvelope = z.infer<typeof wsEnvelopeSchema>;

/** Proxy-made answers carry this header so the browser can tell them from the provider's. */
export const PROXY_ERROR_HEADER = "x-provider-proxy-error";
/** The provider's own HTTP status, when the proxy relayed its answer (the proxy then answers 200). */
export const PROVIDER_STATUS_HEADER = "x-provider-status";

export interface ProxyFailure {
  status: number;
  code:
    | "bad-request"
    | "too-large"
    | "unknown-network"
    | "not-registered"
    | "wrong-host"
    | "refused-address"
    | "certificate-mismatch"
    | "unreachable"
    | "timeout"
    | "lookup-failed";
  message: string;
}

/** The provider URL the envelope asks for, if it is on the host the provider registered. */
export function targetOn(hostUri: URL, requested: string): URL | null {
  let url: URL;
  try {
    url = new URL(requested);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.host !== hostUri.host || url.username || url.password) return null;
  return url;
}

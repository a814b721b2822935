// Who is calling: the Bearer JWT of the request, verified against the issuer's public key read from
// chain (REST auth account query, cached briefly). Mirrors AuthHeaderToken + AuthProcess of the
// provider; a request without a token gets "none" access, so authorised routes answer 401.
import type http from "node:http";
import type { Claims } from "../auth/claims.ts";
import { type AuthFailure, INVALID_AUTH_HEADER, UNAUTHORIZED, verifyJwt } from "../auth/jwt.ts";
import { type OnChainCert, peerCertificate, verifyClientCertificate } from "./mtls.ts";

export type AuthOutcome = { ok: true; claims: Claims } | { ok: false; failure: AuthFailure; reason: string };

const NO_ACCESS: Claims = { iss: "", leases: { access: "none" } };
const CACHE_MS = 15_000;

const AMBIGUOUS: AuthFailure = {
  status: 400,
  message: "auth: ambiguous authentication. may not use mTLS and JWT at the same time",
};

export function createAuthenticator(
  pubKeyFromChain: (address: string) => Promise<Uint8Array | null>,
  certFromChain?: OnChainCert,
) {
  const cache = new Map<string, { key: Uint8Array; at: number }>();
  const pubKeyOf = async (address: string): Promise<Uint8Array | null> => {
    const hit = cache.get(address);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.key;
    const key = await pubKeyFromChain(address);
    // Unknown keys are not cached: a new tenant gets its key on chain with its first transaction.
    if (key) cache.set(address, { key, at: Date.now() });
    return key;
  };
  return async function authenticate(req: http.IncomingMessage): Promise<AuthOutcome> {
    const header = req.headers.authorization;
    const cert = certFromChain ? peerCertificate(req) : null;
    if (cert && certFromChain) {
      if (header) return { ok: false, failure: AMBIGUOUS, reason: "client certificate and JWT" };
      const claims = await verifyClientCertificate(cert, certFromChain);
      // The real provider refuses a bad client certificate during the handshake; after it, 401.
      return typeof claims === "string"
        ? { ok: false, failure: UNAUTHORIZED, reason: claims }
        : { ok: true, claims };
    }
    if (!header) return { ok: true, claims: NO_ACCESS };
    const parts = header.trim().split(/\s+/);
    if (parts.length !== 2 || parts[0]?.toLowerCase() !== "bearer") {
      return { ok: false, failure: INVALID_AUTH_HEADER, reason: "malformed Authorization header" };
    }
    const res = await verifyJwt(parts[1] ?? "", { now: () => Date.now(), pubKeyOf });
    return res.ok
      ? { ok: true, claims: res.claims }
      : { ok: false, failure: res.failure, reason: res.reason };
  };
}

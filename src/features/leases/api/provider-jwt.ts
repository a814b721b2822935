// Provider JWTs made in the browser: the wallet signs (ADR-036 signArbitrary, ES256KADR36) a
// token limited to one provider with only the scopes the console uses (a per-deployment grant
// would also have to name every service), for 15 minutes. Each token costs a wallet prompt, so it
// is kept in memory (never stored) and reused for that provider until a minute before it expires.
import type { StdSignature } from "@cosmjs/amino";

export type LeaseScope = "send-manifest" | "status" | "logs" | "events";
export const CONSOLE_SCOPES: LeaseScope[] = ["send-manifest", "status", "logs", "events"];
const TTL_SECONDS = 15 * 60;
const RENEW_BEFORE_SECONDS = 60;

export interface JwtSigner {
  address: string;
  signArbitrary(data: string | Uint8Array): Promise<StdSignature>;
}

export function createJwtCache(signer: JwtSigner, now: () => number = () => Date.now()) {
  const tokens = new Map<string, { token: string; exp: number }>();
  const pending = new Map<string, Promise<string>>();

  async function mint(provider: string): Promise<string> {
    const { JwtTokenManager } = await import("@akashnetwork/chain-sdk/web");
    const iat = Math.floor(now() / 1000);
    const manager = new JwtTokenManager({
      signArbitrary: (_signer: string, data: string | Uint8Array) => signer.signArbitrary(data),
    });
    const exp = iat + TTL_SECONDS;
    const token = await manager.generateToken({
      version: "v1",
      iss: signer.address,
      iat,
      nbf: iat,
      exp,
      // Scoped to this one provider; a per-deployment grant would also have to name services.
      leases: { access: "granular", permissions: [{ provider, access: "scoped", scope: CONSOLE_SCOPES }] },
    });
    tokens.set(provider, { token, exp });
    return token;
  }

  return {
    /** dseq is kept in the signature for a per-deployment grant once providers need one. */
    token(provider: string, _dseq: string): Promise<string> {
      const key = provider;
      const held = tokens.get(key);
      if (held && held.exp - RENEW_BEFORE_SECONDS > now() / 1000) return Promise.resolve(held.token);
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const minting = mint(provider).finally(() => pending.delete(key));
      pending.set(key, minting);
      return minting;
    },
    forget(provider: string) {
      tokens.delete(provider);
    },
  };
}

export type JwtCache = ReturnType<typeof createJwtCache>;

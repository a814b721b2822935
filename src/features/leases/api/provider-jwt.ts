// Provider JWTs made in the browser: the wallet signs (ADR-036 signArbitrary, ES256KADR36) a
// token for 15 minutes with only the scopes the console uses. When the console knows the
// deployment's services (it created it here and kept the manifest), the token reaches only that
// deployment on that provider; otherwise (a deployment made elsewhere) it reaches that provider
// only, since a per-deployment grant must name its services. The shell is never in those: a
// shell token is its own grant, `shell` alone, for one lease (dseq, gseq, oseq) and the services
// the provider reports. Each token costs a wallet prompt, so it is kept in memory (never stored)
// and reused until a minute before it expires, or until the provider refused it (`fresh`).
import type { StdSignature } from "@cosmjs/amino";

export type LeaseScope = "send-manifest" | "status" | "logs" | "events" | "shell";
export const CONSOLE_SCOPES: LeaseScope[] = ["send-manifest", "status", "logs", "events"];
export const SHELL_SCOPES: LeaseScope[] = ["shell"];
const TTL_SECONDS = 15 * 60;
const RENEW_BEFORE_SECONDS = 60;

export interface JwtSigner {
  address: string;
  signArbitrary(data: string | Uint8Array): Promise<StdSignature>;
}

type JwtLeases = {
  access: "granular";
  permissions: (
    | { provider: string; access: "scoped"; scope: LeaseScope[] }
    | {
        provider: string;
        access: "granular";
        deployments: {
          dseq: number;
          gseq?: number;
          oseq?: number;
          scope: LeaseScope[];
          services: string[];
        }[];
      }
  )[];
};

/** The narrowest grant the console can use: one deployment when its services are known. */
export function leaseGrant(provider: string, dseq: string, services: readonly string[]): JwtLeases {
  if (services.length === 0)
    return { access: "granular", permissions: [{ provider, access: "scoped", scope: CONSOLE_SCOPES }] };
  return {
    access: "granular",
    permissions: [
      {
        provider,
        access: "granular",
        deployments: [{ dseq: Number(dseq), scope: CONSOLE_SCOPES, services: [...services] }],
      },
    ],
  };
}

/** The shell's grant: one lease of one deployment, `shell` only. */
export function shellGrant(
  provider: string,
  lease: { dseq: string; gseq: number; oseq: number },
  services: readonly string[],
): JwtLeases {
  const { dseq, gseq, oseq } = lease;
  const deployment = { dseq: Number(dseq), gseq, oseq, scope: SHELL_SCOPES, services: [...services] };
  return { access: "granular", permissions: [{ provider, access: "granular", deployments: [deployment] }] };
}

export interface JwtCacheOptions {
  /** the deployment's service names when the console knows them, else [] */
  servicesOf?: (dseq: string) => readonly string[];
  now?: () => number;
}

export function createJwtCache(signer: JwtSigner, options: JwtCacheOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const servicesOf = options.servicesOf ?? (() => []);
  const tokens = new Map<string, { token: string; exp: number }>();
  const pending = new Map<string, Promise<string>>();

  async function mint(key: string, leases: JwtLeases): Promise<string> {
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
      leases,
    });
    tokens.set(key, { token, exp });
    return token;
  }

  function cached(key: string, leases: () => JwtLeases, fresh: boolean): Promise<string> {
    const held = tokens.get(key);
    if (!fresh && held && held.exp - RENEW_BEFORE_SECONDS > now() / 1000) return Promise.resolve(held.token);
    const inFlight = pending.get(key);
    if (inFlight) return inFlight;
    const minting = mint(key, leases()).finally(() => pending.delete(key));
    pending.set(key, minting);
    return minting;
  }

  return {
    /** A token for the console's scopes; `fresh` after the provider refused the one held. */
    token(provider: string, dseq: string, opts: { fresh?: boolean } = {}): Promise<string> {
      const services = servicesOf(dseq);
      const key = services.length ? `${provider}/${dseq}/${services.join(",")}` : provider;
      return cached(key, () => leaseGrant(provider, dseq, services), opts.fresh ?? false);
    },
    /** A token for the shell of one lease, naming the services the provider runs for it. */
    shellToken(
      provider: string,
      lease: { dseq: string; gseq: number; oseq: number },
      services: readonly string[],
      opts: { fresh?: boolean } = {},
    ): Promise<string> {
      const key = `${provider}/${lease.dseq}/${lease.gseq}/${lease.oseq}/shell/${services.join(",")}`;
      return cached(key, () => shellGrant(provider, lease, services), opts.fresh ?? false);
    },
    forget(provider: string) {
      for (const key of [...tokens.keys()])
        if (key === provider || key.startsWith(`${provider}/`)) tokens.delete(key);
    },
  };
}

export type JwtCache = ReturnType<typeof createJwtCache>;

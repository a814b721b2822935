// Talking to a lease's provider from the CLI with the browser's code: the same proxy client
// (the console's provider proxy, AKASH_CONSOLE_PROXY), the same JWT minting (ES256KADR36 with
// the key's signArbitrary, scoped to one deployment's services when the manifest is known), the
// same manifest delivery and lease status reading.
import { createJwtCache, type JwtCache } from "../src/features/leases/api/provider-jwt";
import { fetchLeaseStatus, type LeaseStatus } from "../src/features/leases/api/lease-status";
import { sendManifest } from "../src/features/leases/api/send-manifest";
import type { ProxyTarget } from "../src/features/leases/api/proxy-client";
import type { Account, CliEnv } from "./context";
import { CliError, EXIT } from "./errors";

export interface ProviderAccess {
  target(provider: string, hostUri: string): ProxyTarget;
  jwt: JwtCache;
  sendManifest(target: ProxyTarget, dseq: string, manifestJson: string): Promise<void>;
  status(target: ProxyTarget, lease: { dseq: string; gseq: number; oseq: number }): Promise<LeaseStatus>;
}

export function providerAccess(
  env: CliEnv,
  account: Account,
  servicesOf: (dseq: string) => readonly string[] = () => [],
): ProviderAccess {
  const proxy = env.proxy;
  const jwt = createJwtCache(
    { address: account.address, signArbitrary: (d) => account.session.signArbitrary(d) },
    { servicesOf },
  );
  const need = (): string => {
    if (!proxy)
      throw new CliError(
        EXIT.USAGE,
        "AKASH_CONSOLE_PROXY is not set: the manifest, lease status and logs go through a console's provider proxy.",
      );
    return proxy;
  };
  return {
    target: (provider, hostUri) => ({
      proxyUrl: need(),
      networkId: env.networkId,
      providerAddress: provider,
      hostUri,
    }),
    jwt,
    async sendManifest(target, dseq, manifestJson) {
      const token = await jwt.token(target.providerAddress, dseq);
      const outcome = await sendManifest({ target, dseq, manifestJson, token });
      if (!outcome.ok) throw new CliError(EXIT.PROVIDER, outcome.message);
    },
    async status(target, lease) {
      return fetchLeaseStatus(target, lease, await jwt.token(target.providerAddress, lease.dseq));
    },
  };
}

// Composes one console server from its configuration: the provider proxy (with per-client
// limits and the client address as the balancer reports it), the Host allowlist, the runtime
// config and the structured log. `npm start` and `npm run serve` both build their server here.
import { createConsoleServer, type ConsoleServer, type LocalWallet } from "./app";
import { clientAddress } from "./client-address";
import { createClientLimits } from "./client-limits";
import type { ServerConfig } from "./config";
import { createHostGuard } from "./host-guard";
import type { Logger } from "./log";
import { createProviderProxy, proxyNetworks, type ProviderProxy } from "./provider-proxy";
import { buildRuntimeConfig, type LocalnetInfo } from "./runtime-config";

export function composeServer(
  config: ServerConfig,
  ctx: { localnet: LocalnetInfo | null; localWallet: LocalWallet | null; log: Logger },
): { app: ConsoleServer; proxy: ProviderProxy } {
  const proxy = createProviderProxy({
    networks: proxyNetworks(ctx.localnet),
    log: ctx.log,
    limits: createClientLimits(config.limits),
    clientAddress: (req) => clientAddress(req, config.trustedProxies),
    allowedOrigins: config.allowedOrigins,
  });
  const app = createConsoleServer({
    distDir: config.distDir,
    runtimeConfig: buildRuntimeConfig({
      localnet: ctx.localnet,
      defaultNetwork: config.defaultNetwork,
      walletConnectProjectId: config.walletConnectProjectId,
      offerLocalWallet: ctx.localWallet !== null,
    }),
    localWallet: ctx.localWallet,
    hostGuard: createHostGuard(config.publicHosts),
    extensions: [proxy],
    log: ctx.log,
  });
  return { app, proxy };
}

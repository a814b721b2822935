// Extra server routes beyond static files and runtime config. The provider proxy (a later
// issue) registers here; it is composed in one place so start.ts stays a thin orchestrator.
import type { RouteHandler, UpgradeHandler } from "./app";
import type { LocalnetInfo } from "./runtime-config";
import { createProviderProxy, proxyNetworks } from "./provider-proxy";

export function extraRoutes(ctx: { localnet: LocalnetInfo | null }): {
  routes: RouteHandler[];
  upgrades: UpgradeHandler[];
} {
  const proxy = createProviderProxy({ networks: proxyNetworks(ctx.localnet) });
  return { routes: [proxy.route], upgrades: [proxy.upgrade] };
}

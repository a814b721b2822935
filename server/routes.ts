// Extra server routes beyond static files and runtime config. The provider proxy (a later
// issue) registers here; it is composed in one place so start.ts stays a thin orchestrator.
import type { RouteHandler, UpgradeHandler } from "./app";
import type { LocalnetInfo } from "./runtime-config";

export function extraRoutes(_ctx: { localnet: LocalnetInfo | null }): {
  routes: RouteHandler[];
  upgrades: UpgradeHandler[];
} {
  return { routes: [], upgrades: [] };
}

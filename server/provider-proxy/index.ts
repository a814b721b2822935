// The provider proxy: browsers cannot reach provider gateways (no CORS, self-signed
// certificates), so the console server relays for them, but only to the host each provider
// registered on chain, over TLS pinned to the certificate it published there, never to private
// addresses, with capped sizes and timeouts. Tokens are relayed, never logged.
import type { RouteHandler, UpgradeHandler } from "../app";
import type { Resolver } from "./address-guard";
import { createProviderDirectory } from "./chain";
import { createHttpRelay } from "./http-relay";
import type { ProxyNetwork } from "./networks";
import { createWsRelay } from "./ws-relay";

export const PROVIDER_PROXY_PATH = "/provider-proxy";

export interface ProviderProxyOptions {
  networks: readonly ProxyNetwork[];
  prefix?: string;
  fetchImpl?: typeof fetch;
  resolve?: Resolver;
}

export function createProviderProxy(opts: ProviderProxyOptions): {
  route: RouteHandler;
  upgrade: UpgradeHandler;
} {
  const prefix = opts.prefix ?? PROVIDER_PROXY_PATH;
  const deps = {
    networks: opts.networks,
    directory: createProviderDirectory(opts.fetchImpl),
    resolve: opts.resolve,
  };
  const http = createHttpRelay(deps);
  const ws = createWsRelay(deps);
  return {
    async route(req, res) {
      const { pathname } = new URL(req.url ?? "/", "http://x");
      if (pathname !== prefix) return false;
      await http(req, res);
      return true;
    },
    upgrade(req, socket, head) {
      const { pathname } = new URL(req.url ?? "/", "http://x");
      if (pathname !== `${prefix}/ws`) return false;
      ws(req, socket, head);
      return true;
    },
  };
}

export { proxyNetworks, type ProxyNetwork } from "./networks";

// Owns which networks the provider proxy will look providers up on. The browser names a network
// by id; the REST endpoints come from here, never from the request, so a page cannot point the
// proxy at a chain (and therefore a "registered" host) of its own choosing.
import { PRESET_NETWORKS } from "../../src/config/networks";
import type { LocalnetInfo } from "../runtime-config";

export interface ProxyNetwork {
  id: string;
  rest: readonly string[];
  /** providers of the local network listen on 127.0.0.1; nowhere else is loopback reachable */
  allowLoopback: boolean;
}

// The app's own presets (pure data, no browser code): one list, so the proxy can never disagree
// with the endpoints the console shows.
export const PRESET_PROXY_NETWORKS: readonly ProxyNetwork[] = PRESET_NETWORKS.map((n) => ({
  id: n.id,
  rest: n.rest,
  allowLoopback: false,
}));

export function proxyNetworks(localnet: LocalnetInfo | null): ProxyNetwork[] {
  const local: ProxyNetwork[] = localnet ? [{ id: "local", rest: [localnet.rest], allowLoopback: true }] : [];
  return [...local, ...PRESET_PROXY_NETWORKS];
}

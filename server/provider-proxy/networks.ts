// Owns which networks the provider proxy will look providers up on. The browser names a network
// by id; the REST endpoints come from here, never from the request, so a page cannot point the
// proxy at a chain (and therefore a "registered" host) of its own choosing.
import type { LocalnetInfo } from "../runtime-config";

export interface ProxyNetwork {
  id: string;
  rest: readonly string[];
  /** providers of the local network listen on 127.0.0.1; nowhere else is loopback reachable */
  allowLoopback: boolean;
}

// Same REST presets as src/config/networks.ts (the server must not import the browser app).
export const PRESET_PROXY_NETWORKS: readonly ProxyNetwork[] = [
  {
    id: "mainnet",
    rest: [
      "https://rpc.akt.dev/rest",
      "https://akash-api.polkachu.com",
      "https://akash-rest.publicnode.com",
      "https://rest-akash.ecostake.com",
    ],
    allowLoopback: false,
  },
  { id: "sandbox", rest: ["https://api.sandbox-2.aksh.pw:443"], allowLoopback: false },
];

export function proxyNetworks(localnet: LocalnetInfo | null): ProxyNetwork[] {
  const local: ProxyNetwork[] = localnet ? [{ id: "local", rest: [localnet.rest], allowLoopback: true }] : [];
  return [...local, ...PRESET_PROXY_NETWORKS];
}

// The chain's version discovery (node v2.1, chain-sdk go/node/client VersionRegistry), read from
// the REST gateway when a network is selected: which module API versions the node serves and the
// oldest client it still accepts (min_client_version). chain-sdk 1.0.0-alpha.25 has no type for
// it, so the JSON is read here. A node without discovery (older than v2.1) answers 404: nothing
// to compare, nothing said.
import { queryOptions } from "@tanstack/react-query";
import { CHAIN_SDK_VERSION, CLIENT_MODULES } from "@/config/client-version";
import type { RestClient } from "@/lib/rest-client";
import { networkKeys } from "../query-keys";

export interface Discovery {
  chainId: string;
  nodeVersion: string;
  /** "" when the node asks for none */
  minClientVersion: string;
  /** module → the versions the node serves it at, over all its API versions */
  modules: Map<string, Set<string>>;
}

interface DiscoveryResponse {
  info?: {
    chain_id?: unknown;
    node_version?: unknown;
    min_client_version?: unknown;
    supported_versions?: Array<{ modules?: Array<{ module?: unknown; version?: unknown }> | null }> | null;
  };
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function parseDiscovery(body: DiscoveryResponse): Discovery {
  const info = body.info;
  if (!info || typeof info !== "object") throw new Error("The node's discovery answer has no info.");
  const modules = new Map<string, Set<string>>();
  for (const version of info.supported_versions ?? [])
    for (const m of version.modules ?? []) {
      const name = str(m.module);
      if (!name) continue;
      modules.set(name, (modules.get(name) ?? new Set()).add(str(m.version)));
    }
  return {
    chainId: str(info.chain_id),
    nodeVersion: str(info.node_version),
    minClientVersion: str(info.min_client_version).replace(/^v/, ""),
    modules,
  };
}

export async function fetchDiscovery(rest: RestClient, signal?: AbortSignal): Promise<Discovery> {
  return parseDiscovery(await rest.get<DiscoveryResponse>("/akash/discovery/v1/info", { signal }));
}

export function discoveryQuery(networkId: string, rest: RestClient) {
  return queryOptions({
    queryKey: networkKeys.discovery(networkId),
    queryFn: ({ signal }) => fetchDiscovery(rest, signal),
    // It changes with a node upgrade: read it when the network is selected and every 10 minutes.
    staleTime: 10 * 60_000,
    refetchInterval: 10 * 60_000,
    retry: false,
  });
}

/** Semantic-version order (semver.org §11), build metadata ignored; NaN when either is not one. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(v.trim());
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return NaN;
  for (let i = 1; i <= 3; i++) if (Number(x[i]) !== Number(y[i])) return Number(x[i]) - Number(y[i]);
  const [pa, pb] = [x[4], y[4]];
  if (pa === undefined || pb === undefined) return pa === pb ? 0 : pa === undefined ? 1 : -1;
  const [ia, ib] = [pa.split("."), pb.split(".")];
  for (let i = 0; i < Math.max(ia.length, ib.length); i++) {
    const [sa, sb] = [ia[i], ib[i]];
    if (sa === undefined || sb === undefined) return sa === undefined ? -1 : 1;
    if (sa === sb) continue;
    const [na, nb] = [/^\d+$/.test(sa), /^\d+$/.test(sb)];
    if (na && nb) return Number(sa) - Number(sb);
    if (na !== nb) return na ? -1 : 1;
    return sa < sb ? -1 : 1;
  }
  return 0;
}

/** What to tell the tenant when the network asks for a newer client than this console, or null. */
export function clientVerdict(
  d: Discovery,
  client = CHAIN_SDK_VERSION,
  modules = CLIENT_MODULES,
): string | null {
  const node = [d.chainId, d.nodeVersion && `node v${d.nodeVersion.replace(/^v/, "")}`]
    .filter(Boolean)
    .join(", ");
  if (d.minClientVersion && !(compareVersions(client, d.minClientVersion) >= 0))
    return (
      `This network (${node}) asks for a client at version ${d.minClientVersion} or newer; this console ` +
      `is built with chain-sdk ${client}. The chain may refuse what it sends: update the console before deploying.`
    );
  const dropped = Object.entries(modules).filter(([m, v]) => d.modules.size > 0 && !d.modules.get(m)?.has(v));
  if (dropped.length)
    return (
      `This network (${node}) no longer serves ${dropped.map(([m, v]) => `${m} ${v}`).join(", ")}, which ` +
      "this console uses. Update the console before deploying."
    );
  return null;
}

// GET /status on a provider's gateway, through the console server's provider proxy (no token: the
// provider answers it to anyone). Whether it answers is "online now"; what it says is its free
// capacity: per node, allocatable and available CPU (millicores), memory, ephemeral storage and
// GPU count, and free persistent storage per class (provider-services' ProviderStatus, Go JSON:
// empty fields are left out). It does not say which GPU models are free: see ProviderCapacity.
import { queryOptions } from "@tanstack/react-query";
import * as z from "zod/mini";
import { providerRequest, ProxyError, type ProxyTarget } from "@/lib/provider-proxy";
import { providerKeys } from "../query-keys";

const amount = z.pipe(
  z.nullish(z.number()),
  z.transform((v) => v ?? 0),
);
const resources = z.object({ cpu: amount, gpu: amount, memory: amount, storage_ephemeral: amount });
const node = z.object({ name: z.nullish(z.string()), allocatable: resources, available: resources });

const statusBody = z.object({
  cluster: z.nullish(
    z.object({
      // A count in provider-services' REST status; newer ones nest it ({active}).
      leases: z.nullish(z.union([z.number(), z.object({ active: z.nullish(z.number()) })])),
      inventory: z.nullish(
        z.object({
          available: z.nullish(
            z.object({
              nodes: z.nullish(z.array(node)),
              storage: z.nullish(z.array(z.object({ class: z.string(), size: amount }))),
            }),
          ),
        }),
      ),
    }),
  ),
});

export interface Capacity {
  cpuMillis: number;
  memoryBytes: number;
  gpus: number;
  ephemeralBytes: number;
}

export interface ProviderCapacity {
  available: Capacity;
  allocatable: Capacity;
  /** free persistent storage, by class */
  storage: { storageClass: string; bytes: number }[];
  nodes: number;
}

export type ProviderStatusView =
  | {
      online: true;
      checkedAt: number;
      latencyMs: number;
      activeLeases: number | null;
      capacity: ProviderCapacity;
    }
  | { online: false; checkedAt: number; reason: string };

const sum = (list: Capacity[]): Capacity =>
  list.reduce(
    (a, c) => ({
      cpuMillis: a.cpuMillis + c.cpuMillis,
      memoryBytes: a.memoryBytes + c.memoryBytes,
      gpus: a.gpus + c.gpus,
      ephemeralBytes: a.ephemeralBytes + c.ephemeralBytes,
    }),
    { cpuMillis: 0, memoryBytes: 0, gpus: 0, ephemeralBytes: 0 },
  );

const toCapacity = (r: z.output<typeof resources>): Capacity => ({
  cpuMillis: r.cpu,
  memoryBytes: r.memory,
  gpus: r.gpu,
  ephemeralBytes: r.storage_ephemeral,
});

/** The capacity a status body reports, summed over its nodes; throws when it is not a status. */
export function parseProviderStatus(text: string): {
  capacity: ProviderCapacity;
  activeLeases: number | null;
} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("The provider's /status is not JSON.");
  }
  const parsed = statusBody.safeParse(json);
  if (!parsed.success) throw new Error("The provider's /status is not a provider status.");
  const cluster = parsed.data.cluster;
  const nodes = cluster?.inventory?.available?.nodes ?? [];
  const leases = cluster?.leases;
  return {
    activeLeases: typeof leases === "number" ? leases : (leases?.active ?? null),
    capacity: {
      available: sum(nodes.map((n) => toCapacity(n.available))),
      allocatable: sum(nodes.map((n) => toCapacity(n.allocatable))),
      storage: (cluster?.inventory?.available?.storage ?? []).map((s) => ({
        storageClass: s.class,
        bytes: s.size,
      })),
      nodes: nodes.length,
    },
  };
}

const STATUS_TIMEOUT_MS = 8_000;

/** Proxy answers that mean the provider did not answer as registered on chain. */
const PROVIDER_FAULTS = new Set([
  "unreachable",
  "timeout",
  "certificate-mismatch",
  "refused-address",
  "not-registered",
  "wrong-host",
]);

export async function fetchProviderStatus(
  target: ProxyTarget,
  opts: { signal?: AbortSignal; now?: () => number; fetchImpl?: typeof fetch } = {},
): Promise<ProviderStatusView> {
  const { signal, now = Date.now, fetchImpl = fetch } = opts;
  const started = now();
  let answer;
  try {
    const req = { method: "GET", path: "/status", timeoutMs: STATUS_TIMEOUT_MS, signal } as const;
    answer = await providerRequest(target, req, fetchImpl);
  } catch (err) {
    // Only the provider's own failures say it is offline; the proxy refusing (rate limit, a chain
    // lookup that failed) or the console server out of reach says nothing about the provider.
    if (err instanceof ProxyError && PROVIDER_FAULTS.has(err.code))
      return { online: false, checkedAt: now(), reason: err.message };
    throw err;
  }
  const latencyMs = now() - started;
  if (answer.status !== 200)
    return { online: false, checkedAt: now(), reason: `Its /status answered HTTP ${answer.status}.` };
  try {
    return { online: true, checkedAt: now(), latencyMs, ...parseProviderStatus(answer.text) };
  } catch (err) {
    return { online: false, checkedAt: now(), reason: (err as Error).message };
  }
}

export function providerStatusQuery({ proxyUrl, networkId, providerAddress, hostUri }: ProxyTarget) {
  return queryOptions({
    queryKey: [...providerKeys.status(networkId, providerAddress, hostUri), proxyUrl],
    queryFn: ({ signal }) =>
      fetchProviderStatus({ proxyUrl, networkId, providerAddress, hostUri }, { signal }),
    staleTime: 30_000,
    refetchInterval: 60_000,
    retry: false,
  });
}

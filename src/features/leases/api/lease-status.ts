// GET /lease/{dseq}/{gseq}/{oseq}/status through the proxy: services with replicas ready/total
// and URIs, forwarded ports. Validated at the boundary; a lease the provider does not know yet
// (before the manifest) is "not running", not an error.
import * as z from "zod/mini";
import { providerRequest, type ProxyTarget } from "./proxy-client";

const serviceSchema = z.object({
  name: z.string(),
  available: z.optional(z.number()),
  total: z.optional(z.number()),
  uris: z.nullish(z.array(z.string())),
  ready_replicas: z.optional(z.number()),
  available_replicas: z.optional(z.number()),
  observed_generation: z.optional(z.number()),
  replicas: z.optional(z.number()),
  updated_replicas: z.optional(z.number()),
});
const portSchema = z.object({
  host: z.optional(z.string()),
  port: z.number(),
  externalPort: z.number(),
  proto: z.optional(z.string()),
  name: z.optional(z.string()),
});
const statusSchema = z.object({
  services: z.nullish(z.record(z.string(), serviceSchema)),
  forwarded_ports: z.nullish(z.record(z.string(), z.nullish(z.array(portSchema)))),
});

export interface ServiceStatus {
  name: string;
  ready: number;
  total: number;
  /** the Deployment's observed generation: one more after each update that changed this service */
  generation: number;
  /** replicas running the current version; below `total` while an update rolls out */
  updated: number;
  uris: string[];
  ports: { host: string; port: number; externalPort: number; proto: string }[];
}

export interface LeaseStatus {
  running: boolean;
  services: ServiceStatus[];
  allReady: boolean;
  /** an update is rolling out: some replicas still run the previous version */
  rolling: boolean;
}

export function toLeaseStatus(raw: unknown): LeaseStatus {
  const parsed = statusSchema.safeParse(raw);
  if (!parsed.success) throw new Error("The provider answered the lease status in an unexpected shape.");
  const ports = parsed.data.forwarded_ports ?? {};
  const services = Object.values(parsed.data.services ?? {}).map((s): ServiceStatus => ({
    name: s.name,
    ready: s.ready_replicas ?? s.available ?? 0,
    total: s.total ?? 0,
    generation: s.observed_generation ?? 0,
    // A provider that does not report it is taken as having no rollout in progress.
    updated: s.updated_replicas ?? s.replicas ?? s.total ?? 0,
    uris: s.uris ?? [],
    ports: (ports[s.name] ?? []).map((p) => ({
      host: p.host ?? "",
      port: p.port,
      externalPort: p.externalPort,
      proto: p.proto ?? "TCP",
    })),
  }));
  services.sort((a, b) => a.name.localeCompare(b.name));
  const rolling = services.some((s) => s.updated < s.total);
  return {
    running: true,
    services,
    allReady: !rolling && services.length > 0 && services.every((s) => s.total > 0 && s.ready >= s.total),
    rolling,
  };
}

export async function fetchLeaseStatus(
  target: ProxyTarget,
  lease: { dseq: string; gseq: number; oseq: number },
  token: string,
  signal?: AbortSignal,
): Promise<LeaseStatus> {
  const answer = await providerRequest(target, {
    method: "GET",
    path: `/lease/${lease.dseq}/${lease.gseq}/${lease.oseq}/status`,
    token,
    signal,
  });
  if (answer.status === 404) return { running: false, services: [], allReady: false, rolling: false };
  if (answer.status !== 200)
    throw new Error(`The provider answered HTTP ${answer.status}: ${answer.text.slice(0, 200)}`);
  return toLeaseStatus(JSON.parse(answer.text));
}

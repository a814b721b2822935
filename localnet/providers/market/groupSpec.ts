// Parses the group spec of an order as the REST gateway returns it (mainnet JSON: snake_case keys,
// resource values as decimal strings, enums as names) into plain numbers the bid engine can reason
// about. Also turns it back into the chain-sdk proto shape a MsgCreateBid carries.
import { z } from "zod";
import { type Resources, Endpoint_Kind } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";

const attribute = z.object({ key: z.string(), value: z.string() });
export type Attribute = z.infer<typeof attribute>;

const resourceValue = z.object({ val: z.union([z.string(), z.number()]) }).optional();
const attributes = z.array(attribute).nullish();

const endpointKind = z.union([z.string(), z.number()]).optional();

const restResources = z.object({
  id: z.number(),
  cpu: z.object({ units: resourceValue, attributes }).nullish(),
  memory: z.object({ quantity: resourceValue, attributes }).nullish(),
  storage: z.array(z.object({ name: z.string(), quantity: resourceValue, attributes })).nullish(),
  gpu: z.object({ units: resourceValue, attributes }).nullish(),
  endpoints: z.array(z.object({ kind: endpointKind, sequence_number: z.number().optional() })).nullish(),
});

export const restGroupSpec = z.object({
  name: z.string(),
  requirements: z
    .object({
      signed_by: z
        .object({ all_of: z.array(z.string()).nullish(), any_of: z.array(z.string()).nullish() })
        .nullish(),
      attributes,
    })
    .nullish(),
  resources: z.array(
    z.object({
      resource: restResources,
      count: z.number(),
      price: z.object({ denom: z.string(), amount: z.string() }),
    }),
  ),
});
export type RestGroupSpec = z.infer<typeof restGroupSpec>;

export interface ResourceUnit {
  id: number;
  count: number;
  cpuMillis: number;
  memoryBytes: number;
  storage: { name: string; bytes: number; attributes: Attribute[] }[];
  gpuUnits: number;
  gpuAttributes: Attribute[];
  cpuAttributes: Attribute[];
  memoryAttributes: Attribute[];
  endpoints: { kind: Endpoint_Kind; sequenceNumber: number }[];
  /** price per block per replica, as the decimal string the chain shows */
  price: { denom: string; amount: string };
}

export interface GroupSpec {
  name: string;
  signedBy: { allOf: string[]; anyOf: string[] };
  attributes: Attribute[];
  resources: ResourceUnit[];
}

/**
 * A ResourceValue from REST. Mainnet's gateway prints the math.Int as a decimal string ("1000");
 * a plain proto-JSON encoder prints the bytes as base64 ("MTAwMA=="). Both are accepted: base64 of
 * ASCII digits always starts with "M", so a digits-only string is never base64.
 */
export function resourceNumber(v: { val: string | number } | undefined): number {
  if (!v) return 0;
  if (typeof v.val === "number") return v.val;
  if (/^\d+$/.test(v.val)) return Number(v.val);
  const decoded = Buffer.from(v.val, "base64").toString("utf8");
  return /^\d+$/.test(decoded) ? Number(decoded) : Number.NaN;
}

const toNumber = resourceNumber;

function toKind(kind: string | number | undefined): Endpoint_Kind {
  if (typeof kind === "number") return kind;
  if (kind === "RANDOM_PORT") return Endpoint_Kind.RANDOM_PORT;
  if (kind === "LEASED_IP") return Endpoint_Kind.LEASED_IP;
  return Endpoint_Kind.SHARED_HTTP;
}

export function parseGroupSpec(raw: unknown): GroupSpec {
  const spec = restGroupSpec.parse(raw);
  return {
    name: spec.name,
    signedBy: {
      allOf: spec.requirements?.signed_by?.all_of ?? [],
      anyOf: spec.requirements?.signed_by?.any_of ?? [],
    },
    attributes: spec.requirements?.attributes ?? [],
    resources: spec.resources.map(({ resource: r, count, price }) => ({
      id: r.id,
      count,
      cpuMillis: toNumber(r.cpu?.units),
      memoryBytes: toNumber(r.memory?.quantity),
      storage: (r.storage ?? []).map((s) => ({
        name: s.name,
        bytes: toNumber(s.quantity),
        attributes: s.attributes ?? [],
      })),
      gpuUnits: toNumber(r.gpu?.units),
      gpuAttributes: r.gpu?.attributes ?? [],
      cpuAttributes: r.cpu?.attributes ?? [],
      memoryAttributes: r.memory?.attributes ?? [],
      endpoints: (r.endpoints ?? []).map((e) => ({
        kind: toKind(e.kind),
        sequenceNumber: e.sequence_number ?? 0,
      })),
      price,
    })),
  };
}

/** The order's maximum price per block for the whole group: Σ unit price × count. */
export function groupMaxPrice(spec: GroupSpec): number {
  return spec.resources.reduce((sum, r) => sum + Number(r.price.amount) * r.count, 0);
}

const ascii = (n: number): Uint8Array => new TextEncoder().encode(String(n));

/** The proto Resources of one unit, for MsgCreateBid.resources_offer (ResourceValue.val is ASCII). */
export function toProtoResources(r: ResourceUnit): Resources {
  return {
    id: r.id,
    cpu: { units: { val: ascii(r.cpuMillis) }, attributes: r.cpuAttributes },
    memory: { quantity: { val: ascii(r.memoryBytes) }, attributes: r.memoryAttributes },
    storage: r.storage.map((s) => ({
      name: s.name,
      quantity: { val: ascii(s.bytes) },
      attributes: s.attributes,
    })),
    gpu: { units: { val: ascii(r.gpuUnits) }, attributes: r.gpuAttributes },
    endpoints: r.endpoints.map((e) => ({ kind: e.kind, sequenceNumber: e.sequenceNumber })),
  };
}

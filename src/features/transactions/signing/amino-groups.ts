// Amino JSON of akash.deployment.v1beta4.GroupSpec and what it holds (placement requirements,
// resource units, akash.base.resources.v1beta4 resources), both ways. The quirks, all from the
// node signing with x/tx aminojson over the protobuf descriptors rather than the Go structs:
// - ResourceValue.val is `bytes` (gogoproto customtype math.Int, no cosmos_proto.scalar), so it
//   is the base64 of the ASCII digits ("500" → "NTAw"), not "500" as legacy amino printed it;
// - Memory/Storage `quantity` keeps its proto name (the gogoproto jsontag says "size");
// - ResourceUnit.resource is nested (gogoproto.embed only changes the Go struct);
// - a message present on the wire is written even when empty ("signed_by":{}), and every list
//   element is written ("endpoints":[{}] for a SHARED_HTTP endpoint with sequence 0).
import {
  b64,
  bytes,
  compact,
  decCoinFromAmino,
  decCoinToAmino,
  list,
  many,
  num,
  one,
  str,
  sub,
  text,
  u32,
  type CoinIn,
  type Json,
} from "./amino-fields";

interface AttributeIn {
  key?: string;
  value?: string;
}
interface ValueIn {
  val?: Uint8Array | null;
}
interface SizedIn {
  name?: string;
  units?: ValueIn | null;
  quantity?: ValueIn | null;
  attributes?: AttributeIn[];
}
interface ResourcesIn {
  id?: number;
  cpu?: SizedIn | null;
  memory?: SizedIn | null;
  storage?: SizedIn[];
  gpu?: SizedIn | null;
  endpoints?: { kind?: number; sequenceNumber?: number }[];
}
export interface GroupSpecIn {
  name?: string;
  requirements?: {
    signedBy?: { allOf?: string[]; anyOf?: string[] } | null;
    attributes?: AttributeIn[];
  } | null;
  resources?: { resource?: ResourcesIn | null; count?: number; price?: CoinIn | null }[];
}

const attrTo = (a: AttributeIn) => compact({ key: text(a.key), value: text(a.value) });
const attrFrom = (j: Json) => ({ key: str(j, "key"), value: str(j, "value") });
const valueTo = (v: ValueIn) => compact({ val: bytes(v.val) });
const valueFrom = (j: Json) => ({ val: b64(j, "val") });

/** CPU and GPU carry `units`, Memory `quantity`, Storage `name` and `quantity`. */
const sizedTo = (s: SizedIn) =>
  compact({
    name: text(s.name),
    units: one(s.units, valueTo),
    quantity: one(s.quantity, valueTo),
    attributes: many(s.attributes, attrTo),
  });
const unitsFrom = (j: Json) => ({
  units: sub(j, "units", valueFrom),
  attributes: list(j, "attributes", attrFrom),
});
const quantityFrom = (j: Json) => ({
  quantity: sub(j, "quantity", valueFrom),
  attributes: list(j, "attributes", attrFrom),
});

const resourcesTo = (r: ResourcesIn) =>
  compact({
    id: u32(r.id),
    cpu: one(r.cpu, sizedTo),
    memory: one(r.memory, sizedTo),
    storage: many(r.storage, sizedTo),
    gpu: one(r.gpu, sizedTo),
    endpoints: many(r.endpoints, (e) =>
      compact({ kind: u32(e.kind), sequence_number: u32(e.sequenceNumber) }),
    ),
  });
const resourcesFrom = (j: Json) => ({
  id: num(j, "id"),
  cpu: sub(j, "cpu", unitsFrom),
  memory: sub(j, "memory", quantityFrom),
  storage: list(j, "storage", (s) => ({ name: str(s, "name"), ...quantityFrom(s) })),
  gpu: sub(j, "gpu", unitsFrom),
  endpoints: list(j, "endpoints", (e) => ({
    kind: num(e, "kind"),
    sequenceNumber: num(e, "sequence_number"),
  })),
});

export const groupSpecToAmino = (g: GroupSpecIn) =>
  compact({
    name: text(g.name),
    requirements: one(g.requirements, (r) =>
      compact({
        signed_by: one(r.signedBy, (s) =>
          compact({ all_of: many(s.allOf, String), any_of: many(s.anyOf, String) }),
        ),
        attributes: many(r.attributes, attrTo),
      }),
    ),
    resources: many(g.resources, (u) =>
      compact({
        resource: one(u.resource, resourcesTo),
        count: u32(u.count),
        price: one(u.price, decCoinToAmino),
      }),
    ),
  });

export const groupSpecFromAmino = (j: Json) => ({
  name: str(j, "name"),
  requirements: sub(j, "requirements", (r) => ({
    signedBy: sub(r, "signed_by", (s) => ({
      allOf: list(s, "all_of", String),
      anyOf: list(s, "any_of", String),
    })),
    attributes: list(r, "attributes", attrFrom),
  })),
  resources: list(j, "resources", (u) => ({
    resource: sub(u, "resource", resourcesFrom),
    count: num(u, "count"),
    price: sub(u, "price", decCoinFromAmino),
  })),
});

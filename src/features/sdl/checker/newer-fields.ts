// SDL fields added in 2026 (field-2026-12.md): cpu.arch (AEP-90), GPU interconnect (AEP-95),
// TEE params and proxy_buffer_size (reclamation, AEP-82, the console reads and signs itself:
// ./reclamation.ts). When chain-sdk's schema knows a field,
// it is checked and sent like any other; when it does not (1.0.0-alpha.25 knows none of them),
// the checker still checks its form, then warns that this console cannot check it against the
// chain or send it, and builds the deployment without it (saying what that means), instead of
// refusing an SDL the provider would accept.
import type { NewerField } from "./spec";

export const NEWER = {
  cpuArch: {
    label: "cpu.arch",
    spec: "AEP-90",
    schemaPath: ["profiles", "compute", "*", "resources", "cpu", "arch"],
    without: "providers treat a profile without arch as amd64",
  },
  interconnect: {
    label: "GPU interconnect",
    spec: "AEP-95",
    schemaPath: ["profiles", "compute", "*", "resources", "gpu", "attributes", "interconnect"],
    without: "providers do not join these GPUs over RDMA",
  },
  tee: {
    label: "params.tee",
    spec: "confidential compute",
    schemaPath: ["services", "*", "params", "tee"],
    without: "providers run this service outside a trusted execution environment",
  },
  proxyBufferSize: {
    label: "http_options.proxy_buffer_size",
    spec: "chain-sdk #340",
    schemaPath: ["services", "*", "expose", "items", "http_options", "proxy_buffer_size"],
    without: "the provider's default buffer size applies",
  },
  readEvents: {
    label: "permissions.read: events",
    spec: "chain-sdk go/sdl",
    schemaPath: ["services", "*", "params", "permissions", "read", "items", "enum:events"],
    without: "the service cannot read its deployment's events",
  },
} satisfies Record<string, NewerField>;

type SchemaNode = Record<string, unknown>;

const asNode = (v: unknown): SchemaNode | null =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as SchemaNode) : null;

function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let target: unknown = root;
  for (const part of ref.slice(2).split("/")) target = asNode(target)?.[part];
  return asNode(target) ?? node;
}

/** The schema nodes a value at `segment` below `node` is checked against (alternatives included). */
function children(root: SchemaNode, node: SchemaNode, segment: string): SchemaNode[] {
  const n = resolveRef(root, node);
  const alternatives = ["oneOf", "anyOf", "allOf"].flatMap((k) =>
    Array.isArray(n[k]) ? (n[k] as unknown[]) : [],
  );
  const fromAlternatives = alternatives
    .map(asNode)
    .filter((a): a is SchemaNode => a !== null)
    .flatMap((a) => children(root, a, segment));
  let own: unknown;
  if (segment === "items") own = n.items;
  else if (segment === "*")
    own = n.additionalProperties ?? Object.values(asNode(n.patternProperties) ?? {})[0];
  else own = asNode(n.properties)?.[segment];
  const direct = asNode(own);
  return direct ? [resolveRef(root, direct), ...fromAlternatives] : fromAlternatives;
}

function enumHas(root: SchemaNode, node: SchemaNode, value: string): boolean {
  const n = resolveRef(root, node);
  if (Array.isArray(n.enum) && n.enum.includes(value)) return true;
  return ["oneOf", "anyOf", "allOf"].some(
    (k) =>
      Array.isArray(n[k]) &&
      (n[k] as unknown[]).some((a) => asNode(a) !== null && enumHas(root, a as SchemaNode, value)),
  );
}

/** Whether chain-sdk's JSON schema accepts the field at `path` ("*": any name, "items": list items). */
export function schemaKnows(schema: object, path: readonly string[]): boolean {
  const root = schema as SchemaNode;
  let nodes: SchemaNode[] = [root];
  for (const segment of path) {
    if (segment.startsWith("enum:")) return nodes.some((n) => enumHas(root, n, segment.slice(5)));
    nodes = nodes.flatMap((n) => children(root, n, segment));
    if (nodes.length === 0) return false;
  }
  return true;
}

/** The warning for a newer field this console's chain-sdk does not know. */
export function newerFieldWarning(
  field: NewerField,
  chainSdkVersion: string,
): { message: string; hint: string } {
  return {
    message:
      `This console cannot check ${field.label} (${field.spec}): its SDL library, chain-sdk ${chainSdkVersion}, ` +
      "does not know this field yet, so a deployment made here is sent without it.",
    hint: `Without it, ${field.without}. Deploy with a tool that knows ${field.label} if you need it.`,
  };
}

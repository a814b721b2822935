// The vocabulary the SDL's shape is written in (sdl-spec.ts), and the names tenants know fields
// by. A spec says what a node may be (a map of known fields, a map of names the tenant chose, a
// list, one value, or a field newer than this console's chain-sdk), what each value must look
// like, and what to write instead. The walker (walk.ts) reads the YAML against it.
import type { PathSegment } from "./types";

export type Path = readonly PathSegment[];

export interface ScalarInput {
  /** the value as written (without quotes), as Go's yaml.v3 node.Value */
  text: string;
  /** the value the YAML core schema gives it (number, boolean, null, string) */
  value: unknown;
  isNull: boolean;
  quoted: boolean;
}

export type ScalarRead = { ok: true; value: unknown } | { ok: false; problem: string; suggestion?: string };

interface Common {
  /** how to write a good value, shown after any problem with it */
  hint: string;
  /** the field written out, for "add it" hints: `memory: { size: 512Mi }` */
  example?: string;
}

export interface ScalarSpec extends Common {
  kind: "scalar";
  read(input: ScalarInput, path: Path): ScalarRead;
}

export interface ObjectSpec extends Common {
  kind: "object";
  fields: Record<string, Spec>;
  required?: readonly string[];
  /** a message for an unknown key where a generic one would mislead (a GPU vendor) */
  unknown?: (key: string) => { message: string; hint: string };
}

export interface DictSpec extends Common {
  kind: "dict";
  entry: Spec;
  /** why a name the tenant chose cannot be used, or null */
  keyProblem?: (key: string) => string | null;
}

export interface ListSpec extends Common {
  kind: "list";
  item: Spec;
  /** `key:` with nothing (null) means an empty list, as in Go */
  nullable?: boolean;
  /** `key:` with nothing is kept as null, which means something: `nvidia:` is any NVIDIA model
   * (Go's and chain-sdk's vendor/nvidia/model/*) */
  keepNull?: boolean;
  /** one item may be written without the list (storage: {size: 1Gi}) */
  single?: boolean;
}

/** A field added to SDLs in 2026 that this console's chain-sdk may not know. */
export interface NewerField {
  /** as tenants write it: "cpu.arch" */
  label: string;
  /** where it is specified: "AEP-90" */
  spec: string;
  /** the path in chain-sdk's JSON schema that knows it ("*" for any name) */
  schemaPath: readonly string[];
  /** what a deployment made without the field does instead */
  without: string;
}

export interface NewerSpec {
  kind: "newer";
  field: NewerField;
  inner: Spec;
  /** only some values are new (one enum value): which */
  when?: (value: unknown) => boolean;
  hint?: undefined;
  example?: string;
}

/** A value of any YAML shape, checked as plain data (a field with two forms). */
export interface ValueSpec extends Common {
  kind: "value";
  /** what is wrong with the value, or null */
  check(value: unknown): string | null;
}

export type Spec = ScalarSpec | ObjectSpec | DictSpec | ListSpec | NewerSpec | ValueSpec;

const q = (s: PathSegment | undefined) => `"${String(s)}"`;
const nth = (i: PathSegment | undefined) => (typeof i === "number" ? i + 1 : String(i));

/** The resource block a path under profiles.compute.<p>.resources names, in words. */
function resourceName(path: Path): string | null {
  const [, , profile, , kind, index] = path;
  const of = `of compute profile ${q(profile)}`;
  if (path.length === 4) return `the resources ${of}`;
  if (kind === "cpu" && path.length === 5) return `the CPU ${of}`;
  if (kind === "cpu" && path[5] === "units") return `the CPU units ${of}`;
  if (kind === "memory" && path.length === 5) return `the memory ${of}`;
  if (kind === "memory" && path[5] === "size") return `the memory size ${of}`;
  if (kind === "gpu" && path.length === 5) return `the GPU ${of}`;
  if (kind === "gpu" && path[5] === "units") return `the GPU units ${of}`;
  if (kind === "storage" && path.length === 5) return `the storage ${of}`;
  if (kind === "storage" && typeof index === "number" && path.length === 6)
    return `storage volume ${nth(index)} ${of}`;
  if (kind === "storage" && typeof index === "number" && path[6] === "size")
    return `the size of storage volume ${nth(index)} ${of}`;
  if (kind === "storage" && path[5] === "size") return `the storage size ${of}`;
  if (kind === "gpu" && path[5] === "attributes" && path[6] === "vendor") {
    const [, , , , , , , vendor, entry, field] = path;
    if (path.length === 7) return `the GPU vendors ${of}`;
    if (path.length === 8) return `GPU vendor ${q(vendor)} ${of}`;
    if (path.length === 9) return `GPU entry ${nth(entry)} under ${q(vendor)} ${of}`;
    if (path.length === 10)
      return `the ${field === "ram" ? "RAM" : String(field)} of GPU entry ${nth(entry)} under ${q(vendor)} ${of}`;
  }
  return null;
}

function knownName(path: Path): string | null {
  const [top, a, b, c, d] = path;
  if (path.length === 0) return "the top level of the SDL";
  if (path.length === 1) return `the "${String(top)}" section`;
  if (top === "services") {
    if (path.length === 2) return `service ${q(a)}`;
    if (path.length === 3) return `the ${String(b)} of service ${q(a)}`;
    if (b === "expose" && path.length === 4) return `expose entry ${nth(c)} of service ${q(a)}`;
    if (b === "expose" && d === "port") return `the port of expose entry ${nth(c)} of service ${q(a)}`;
    if (b === "expose" && d === "http_options" && path.length === 6)
      return `the http_options.${String(path[5])} of expose entry ${nth(c)} of service ${q(a)}`;
    if (b === "params" && c === "storage" && path.length === 5)
      return `the params of volume ${q(d)} in service ${q(a)}`;
    if (b === "params" && c === "storage" && path.length === 6)
      return `the ${String(path[5])} of volume ${q(d)} in service ${q(a)}`;
  }
  if (top === "profiles" && a === "compute" && path.length === 3) return `compute profile ${q(b)}`;
  if (top === "profiles" && a === "compute" && c === "resources") return resourceName(path);
  if (top === "profiles" && a === "placement") {
    if (path.length === 3) return `placement ${q(b)}`;
    if (c === "pricing" && path.length === 5)
      return `the price of compute profile ${q(d)} in placement ${q(b)}`;
    if (c === "pricing" && path[5] === "amount")
      return `the price amount of compute profile ${q(d)} in placement ${q(b)}`;
  }
  if (top === "deployment" && path.length === 2) return `the deployment of service ${q(a)}`;
  if (top === "deployment" && path.length === 3) return `service ${q(a)} in placement ${q(b)}`;
  if (top === "endpoints" && path.length === 2) return `endpoint ${q(a)}`;
  return null;
}

/** How a tenant names the field at `path`: `the CPU units of compute profile "web"`. */
export function fieldName(path: Path): string {
  const known = knownName(path);
  if (known) return known;
  const last = path[path.length - 1];
  const parent = fieldName(path.slice(0, -1));
  return typeof last === "number" ? `item ${last + 1} of ${parent}` : `"${String(last)}" of ${parent}`;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

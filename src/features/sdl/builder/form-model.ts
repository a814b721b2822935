// What the form shows, read from the document: each service with the compute profile and the
// placements it is deployed with, and each placement. Every value keeps the path it was read
// from, so the form writes back to exactly that place and finds the checker's markers for it.
import { isMap, isScalar, isSeq } from "yaml";
import { keysAt, lengthAt, nodeAt, textAt, valueAt, type Path, type SdlDoc } from "./yaml-edit";

export interface StorageView {
  /** the item's path: profiles.compute.<p>.resources.storage[.i] */
  path: Path;
  name: string;
  size: string;
  persistent: boolean;
  storageClass: string;
  /** services.<s>.params.storage.<name> */
  paramsPath: Path;
  mount: string;
  readOnly: boolean;
}

export interface ExposeView {
  path: Path;
  port: string;
  as: string;
  global: boolean;
  /** the services this port is open to */
  services: string[];
  accept: string[];
  /** the IP endpoint of the global `to` entry */
  ip: string;
}

export interface DeploymentView {
  placement: string;
  path: Path;
  profile: string;
  count: string;
}

export interface ServiceView {
  name: string;
  path: Path;
  /** the compute profile its first deployment uses (its own name when none) */
  profile: string;
  profilePath: Path;
  hasCredentials: boolean;
  storage: StorageView[];
  gpu: { units: string; vendor: string; models: Array<{ model: string; ram: string }> } | null;
  expose: ExposeView[];
  deployments: DeploymentView[];
}

export interface PlacementView {
  name: string;
  path: Path;
  attributes: Array<{ key: string; value: string }>;
  anyOf: string[];
  allOf: string[];
  pricing: Array<{ profile: string; path: Path; denom: string; amount: string }>;
}

export interface FormView {
  services: ServiceView[];
  placements: PlacementView[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x)) : []);

/** storage is one map or a list of maps */
function storageOf(doc: SdlDoc, service: string, resources: Path): StorageView[] {
  const path = [...resources, "storage"];
  const node = nodeAt(doc, path);
  const items: Path[] = isSeq(node)
    ? Array.from({ length: lengthAt(doc, path) }, (_, i) => [...path, i])
    : isMap(node)
      ? [path]
      : [];
  return items.map((item) => {
    const name = textAt(doc, [...item, "name"]) || "default";
    const paramsPath = ["services", service, "params", "storage", name];
    const persistent = valueAt(doc, [...item, "attributes", "persistent"]);
    return {
      path: item,
      name,
      size: textAt(doc, [...item, "size"]),
      persistent: persistent === true || persistent === "true",
      storageClass: textAt(doc, [...item, "attributes", "class"]),
      paramsPath,
      mount: textAt(doc, [...paramsPath, "mount"]),
      readOnly: valueAt(doc, [...paramsPath, "readOnly"]) === true,
    };
  });
}

function gpuOf(doc: SdlDoc, resources: Path): ServiceView["gpu"] {
  const gpu = [...resources, "gpu"];
  if (!doc.hasIn(gpu)) return null;
  const vendor = keysAt(doc, [...gpu, "attributes", "vendor"])[0] ?? "";
  const list = valueAt(doc, [...gpu, "attributes", "vendor", vendor]);
  const models = (Array.isArray(list) ? list : []).map((m: unknown) => {
    const rec = (m ?? {}) as { model?: unknown; ram?: unknown };
    return { model: String(rec.model ?? ""), ram: rec.ram === undefined ? "" : String(rec.ram) };
  });
  return { units: textAt(doc, [...gpu, "units"]), vendor, models };
}

function exposeOf(doc: SdlDoc, service: Path): ExposeView[] {
  const path = [...service, "expose"];
  return Array.from({ length: lengthAt(doc, path) }, (_, i) => {
    const item = [...path, i];
    const to = valueAt(doc, [...item, "to"]);
    const targets = (Array.isArray(to) ? to : []) as Array<Record<string, unknown> | null>;
    const global = targets.find((t) => t?.global === true);
    return {
      path: item,
      port: textAt(doc, [...item, "port"]),
      as: textAt(doc, [...item, "as"]),
      global: !!global,
      services: targets.flatMap((t) => (typeof t?.service === "string" ? [t.service] : [])),
      accept: strings(valueAt(doc, [...item, "accept"])),
      ip: typeof global?.ip === "string" ? global.ip : "",
    };
  });
}

function deploymentsOf(doc: SdlDoc, service: string): DeploymentView[] {
  return keysAt(doc, ["deployment", service]).map((placement) => {
    const path = ["deployment", service, placement];
    return {
      placement,
      path,
      profile: textAt(doc, [...path, "profile"]),
      count: textAt(doc, [...path, "count"]),
    };
  });
}

export function readForm(doc: SdlDoc): FormView {
  const services = keysAt(doc, ["services"]).map((name): ServiceView => {
    const path = ["services", name];
    const deployments = deploymentsOf(doc, name);
    const profile = deployments[0]?.profile || name;
    const profilePath = ["profiles", "compute", profile];
    const resources = [...profilePath, "resources"];
    return {
      name,
      path,
      profile,
      profilePath,
      hasCredentials: doc.hasIn([...path, "credentials"]),
      storage: storageOf(doc, name, resources),
      gpu: gpuOf(doc, resources),
      expose: exposeOf(doc, path),
      deployments,
    };
  });
  const placements = keysAt(doc, ["profiles", "placement"]).map((name): PlacementView => {
    const path = ["profiles", "placement", name];
    const attrs = nodeAt(doc, [...path, "attributes"]);
    const signedBy = [...path, "signedBy"];
    return {
      name,
      path,
      attributes: isMap(attrs)
        ? attrs.items.map((p) => ({
            key: String(isScalar(p.key) ? p.key.value : p.key),
            value: isScalar(p.value) ? String(p.value.value ?? "") : "",
          }))
        : [],
      anyOf: strings(valueAt(doc, [...signedBy, "anyOf"])),
      allOf: strings(valueAt(doc, [...signedBy, "allOf"])),
      pricing: keysAt(doc, [...path, "pricing"]).map((profile) => {
        const p = [...path, "pricing", profile];
        return {
          profile,
          path: p,
          denom: textAt(doc, [...p, "denom"]),
          amount: textAt(doc, [...p, "amount"]),
        };
      }),
    };
  });
  return { services, placements };
}

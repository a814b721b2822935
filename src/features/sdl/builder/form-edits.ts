// The form's structural edits: what a button does to the document (add a service, a volume, a
// GPU, a port, an auditor). Each keeps the SDL's cross-references consistent the way the SDL
// needs them: a service gets its compute profile, a price in each placement and a deployment; a
// persistent volume gets its params.storage mount; an IP endpoint gets its `endpoints` entry.
import { isMap, isScalar, isSeq, type YAMLSeq } from "yaml";
import type { ServiceView, StorageView } from "./form-model";
import {
  asList,
  keysAt,
  nodeAt,
  remove,
  renameKey,
  setNode,
  setScalar,
  textAt,
  typed,
  valueAt,
  type Path,
  type SdlDoc,
} from "./yaml-edit";

export const DEFAULT_PLACEMENT = "dcloud";
export const STORAGE_CLASSES = ["beta1", "beta2", "beta3", "ram"] as const;
/** A starting price for a new service: the tenant sets the real one. */
export const DEFAULT_PRICE_UACT = 1000;

export function addService(doc: SdlDoc, name: string): void {
  if (!doc.hasIn(["version"])) setScalar(doc, ["version"], "2.0");
  setNode(doc, ["services", name], { image: "" });
  setNode(doc, ["profiles", "compute", name], {
    resources: { cpu: { units: 0.5 }, memory: { size: "512Mi" }, storage: [{ size: "1Gi" }] },
  });
  const placements = keysAt(doc, ["profiles", "placement"]);
  const placement = placements[0] ?? DEFAULT_PLACEMENT;
  setNode(doc, ["profiles", "placement", placement, "pricing", name], {
    denom: "uact",
    amount: DEFAULT_PRICE_UACT,
  });
  setNode(doc, ["deployment", name, placement], { profile: name, count: 1 });
}

/** Removes a service, its deployments, and its profile and prices when no other service uses them. */
export function removeService(doc: SdlDoc, service: ServiceView, others: readonly ServiceView[]): void {
  remove(doc, service.path);
  remove(doc, ["deployment", service.name]);
  if (others.some((s) => s.name !== service.name && s.profile === service.profile)) return;
  remove(doc, service.profilePath);
  for (const placement of keysAt(doc, ["profiles", "placement"]))
    remove(doc, ["profiles", "placement", placement, "pricing", service.profile]);
}

export function setCredentials(doc: SdlDoc, service: Path, on: boolean): void {
  if (on) setNode(doc, [...service, "credentials"], { host: "", username: "", password: "" });
  else remove(doc, [...service, "credentials"]);
}

export function addVolume(doc: SdlDoc, service: ServiceView, name: string): void {
  const storage = [...service.profilePath, "resources", "storage"];
  asList(doc, storage);
  (nodeAt(doc, storage) as YAMLSeq).items.push(
    doc.createNode({ name, size: "10Gi", attributes: { persistent: true, class: "beta3" } }),
  );
  setScalar(doc, [...service.path, "params", "storage", name, "mount"], `/mnt/${name}`);
}

export function removeStorage(doc: SdlDoc, item: StorageView): void {
  remove(doc, item.path);
  remove(doc, item.paramsPath);
}

/** A volume's name is the key of its params.storage entry too: both change together. */
export function renameVolume(doc: SdlDoc, item: StorageView, name: string): void {
  setScalar(doc, [...item.path, "name"], name);
  renameKey(doc, item.paramsPath.slice(0, -1), item.name, name);
}

export function setPersistent(doc: SdlDoc, item: StorageView, on: boolean): void {
  if (on) {
    setScalar(doc, [...item.path, "attributes", "persistent"], true);
    if (!item.storageClass) setScalar(doc, [...item.path, "attributes", "class"], "beta3");
  } else remove(doc, [...item.path, "attributes"]);
}

export function setGpuUnits(doc: SdlDoc, resources: Path, units: string, vendor = "nvidia"): void {
  const gpu = [...resources, "gpu"];
  if (units.trim() === "" || units.trim() === "0") return remove(doc, gpu);
  setScalar(doc, [...gpu, "units"], typed(units));
  if (keysAt(doc, [...gpu, "attributes", "vendor"]).length === 0)
    setNode(doc, [...gpu, "attributes", "vendor", vendor], null);
}

export function setGpuVendor(doc: SdlDoc, resources: Path, from: string, to: string): void {
  const vendor = [...resources, "gpu", "attributes", "vendor"];
  remove(doc, [...vendor, from]);
  setNode(doc, [...vendor, to], null);
}

/** Offers or withdraws one model (with its RAM, when providers state it) for the GPU. */
export function toggleGpuModel(
  doc: SdlDoc,
  resources: Path,
  vendor: string,
  offer: { model: string; ram: string },
  on: boolean,
): void {
  const path = [...resources, "gpu", "attributes", "vendor", vendor];
  const list = nodeAt(doc, path);
  const matches = (v: unknown) => {
    const rec = (v ?? {}) as { model?: unknown; ram?: unknown };
    return String(rec.model) === offer.model && String(rec.ram ?? "") === offer.ram;
  };
  if (!on) {
    if (!isSeq(list)) return;
    list.items = list.items.filter((item) => !matches((item as { toJSON(): unknown }).toJSON()));
    if (list.items.length === 0) setNode(doc, path, null);
    return;
  }
  const entry = offer.ram ? { model: offer.model, ram: offer.ram } : { model: offer.model };
  if (isSeq(list)) list.items.push(doc.createNode(entry));
  else setNode(doc, path, [entry]);
}

export function addPort(doc: SdlDoc, service: Path): void {
  const expose = [...service, "expose"];
  if (!isSeq(nodeAt(doc, expose))) setNode(doc, expose, []);
  (nodeAt(doc, expose) as YAMLSeq).items.push(doc.createNode({ port: 80, as: 80, to: [{ global: true }] }));
}

function toList(doc: SdlDoc, port: Path): YAMLSeq {
  const to = [...port, "to"];
  if (!isSeq(nodeAt(doc, to))) setNode(doc, to, []);
  return nodeAt(doc, to) as YAMLSeq;
}

const isGlobal = (item: unknown) => isMap(item) && item.get("global") === true;

export function setPortGlobal(doc: SdlDoc, port: Path, on: boolean): void {
  const to = toList(doc, port);
  const index = to.items.findIndex(isGlobal);
  if (on && index < 0) to.items.unshift(doc.createNode({ global: true }));
  if (!on && index >= 0) to.items.splice(index, 1);
  if (to.items.length === 0) remove(doc, [...port, "to"]);
  pruneEndpoints(doc);
}

export function setPortService(doc: SdlDoc, port: Path, target: string, on: boolean): void {
  const to = toList(doc, port);
  const index = to.items.findIndex((i) => isMap(i) && i.get("service") === target);
  if (on && index < 0) to.items.push(doc.createNode({ service: target }));
  if (!on && index >= 0) to.items.splice(index, 1);
  if (to.items.length === 0) remove(doc, [...port, "to"]);
}

/** An IP endpoint is named on the global `to` entry and declared under `endpoints` as kind ip. */
export function setPortIp(doc: SdlDoc, port: Path, ip: string): void {
  const to = toList(doc, port);
  let index = to.items.findIndex(isGlobal);
  if (index < 0) {
    to.items.unshift(doc.createNode({ global: true }));
    index = 0;
  }
  const path = [...port, "to", index, "ip"];
  if (ip.trim() === "") remove(doc, path);
  else {
    setScalar(doc, path, ip);
    if (!doc.hasIn(["endpoints", ip])) setNode(doc, ["endpoints", ip], { kind: "ip" });
  }
  pruneEndpoints(doc);
}

/** IP endpoints no port uses any more (the SDL parser refuses unused ones). */
function pruneEndpoints(doc: SdlDoc): void {
  const used = new Set<string>();
  for (const service of keysAt(doc, ["services"])) {
    const expose = valueAt(doc, ["services", service, "expose"]);
    for (const port of Array.isArray(expose) ? (expose as Array<{ to?: unknown }>) : [])
      for (const to of Array.isArray(port?.to) ? (port.to as Array<{ ip?: unknown }>) : [])
        if (typeof to?.ip === "string") used.add(to.ip);
  }
  for (const name of keysAt(doc, ["endpoints"]))
    if (!used.has(name) && textAt(doc, ["endpoints", name, "kind"]) === "ip")
      remove(doc, ["endpoints", name]);
}

export function addAttribute(doc: SdlDoc, placement: Path): void {
  const attrs = [...placement, "attributes"];
  let key = "region";
  for (let i = 2; doc.hasIn([...attrs, key]); i++) key = `region${i}`;
  setScalar(doc, [...attrs, key], "");
}

export function renameAttribute(doc: SdlDoc, placement: Path, from: string, to: string): void {
  renameKey(doc, [...placement, "attributes"], from, to);
}

export type SignedBy = "none" | "anyOf" | "allOf";

/** Requires an auditor's signature on the provider's attributes: any one of, or every one of. */
export function setSignedBy(doc: SdlDoc, placement: Path, auditor: string, mode: SignedBy): void {
  for (const list of ["anyOf", "allOf"] as const) {
    const path = [...placement, "signedBy", list];
    const node = nodeAt(doc, path);
    const has = isSeq(node) && node.items.some((i) => isScalar(i) && i.value === auditor);
    if (list === mode && !has) {
      if (isSeq(node)) node.items.push(doc.createNode(auditor));
      else setNode(doc, path, [auditor]);
    }
    if (list !== mode && has && isSeq(node)) {
      node.items = node.items.filter((i) => !(isScalar(i) && i.value === auditor));
      if (node.items.length === 0) remove(doc, path);
    }
  }
}

export function setCount(doc: SdlDoc, deployment: Path, count: string): void {
  setScalar(doc, [...deployment, "count"], typed(count));
}

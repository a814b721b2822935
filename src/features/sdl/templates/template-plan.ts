// What a template runs, read from its SDL for the gallery's detail view: each service's image,
// replicas, CPU, memory, storage, GPU and ports, and each compute profile's replicas (to total an
// hourly price). Read defensively: an imported SDL may be anything; what cannot be read is left
// out rather than guessed. Only the checker decides whether the SDL deploys.
import { parse } from "yaml";
import { guard } from "../checker/parse";
import { readBytes, readCpu } from "../checker/quantities";
import { asRecord, at, entriesOf } from "../utils/sdl-read";

export interface PlanPort {
  port: number;
  as: number;
  proto: string;
  /** "global" or the services it is exposed to */
  to: string[];
}

export interface PlanService {
  name: string;
  image: string;
  replicas: number;
  cpu: number | null;
  memoryBytes: number | null;
  storage: Array<{ name: string; bytes: number | null; persistent: boolean; storageClass: string | null }>;
  gpu: { units: number; models: string[] } | null;
  ports: PlanPort[];
}

export interface TemplatePlan {
  services: PlanService[];
  replicasOf(profile: string): number;
}

const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : null);

function gpuOf(gpu: unknown): PlanService["gpu"] {
  const units = Number(str(at(gpu, "units")) ?? 0);
  if (!(units > 0)) return null;
  const models: string[] = [];
  for (const [vendor, list] of entriesOf(at(gpu, "attributes", "vendor")))
    for (const m of Array.isArray(list) ? list : [])
      models.push([vendor, str(at(m, "model")) ?? "any model", str(at(m, "ram"))].filter(Boolean).join(" "));
  return { units, models: models.length ? models : ["any GPU"] };
}

function storageOf(resources: unknown): PlanService["storage"] {
  const raw = at(resources, "storage");
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((s) => {
    const size = readBytes(str(at(s, "size")) ?? "");
    const attrs = asRecord(at(s, "attributes"));
    return {
      name: str(at(s, "name")) ?? "default",
      bytes: size.ok ? size.value : null,
      persistent: String(attrs?.persistent) === "true",
      storageClass: str(attrs?.class),
    };
  });
}

function portsOf(expose: unknown): PlanPort[] {
  return (Array.isArray(expose) ? expose : []).flatMap((e) => {
    const port = Number(str(at(e, "port")));
    if (!Number.isInteger(port)) return [];
    const targets = at(e, "to");
    const to = (Array.isArray(targets) ? targets : []).flatMap((t) =>
      at(t, "global") === true ? ["global"] : str(at(t, "service")) ? [String(str(at(t, "service")))] : [],
    );
    const as = Number(str(at(e, "as")) ?? port);
    return [
      { port, as: Number.isInteger(as) ? as : port, proto: (str(at(e, "proto")) ?? "TCP").toUpperCase(), to },
    ];
  });
}

/** The plan of an SDL text, or null when the text is no YAML mapping this can read. */
export function templatePlan(sdl: string): TemplatePlan | null {
  if (guard(sdl)) return null;
  let doc: unknown;
  try {
    doc = parse(sdl, { maxAliasCount: 100, uniqueKeys: false });
  } catch {
    return null;
  }
  if (!asRecord(doc)) return null;
  const profileReplicas = new Map<string, number>();
  const services = entriesOf(at(doc, "services")).map(([name, body]): PlanService => {
    let replicas = 0;
    let profile: string | null = null;
    for (const [, placement] of entriesOf(at(doc, "deployment", name))) {
      const count = Number(str(at(placement, "count")) ?? 0);
      profile = str(at(placement, "profile"));
      replicas += Number.isInteger(count) ? count : 0;
      if (profile) profileReplicas.set(profile, (profileReplicas.get(profile) ?? 0) + count);
    }
    const resources = at(doc, "profiles", "compute", profile ?? name, "resources");
    const cpu = readCpu(str(at(resources, "cpu", "units")) ?? "");
    const memory = readBytes(str(at(resources, "memory", "size")) ?? "");
    return {
      name,
      image: str(at(body, "image")) ?? "",
      replicas,
      cpu: cpu.ok ? cpu.value / 1000 : null,
      memoryBytes: memory.ok ? memory.value : null,
      storage: storageOf(resources),
      gpu: gpuOf(at(resources, "gpu")),
      ports: portsOf(at(body, "expose")),
    };
  });
  return { services, replicasOf: (profile) => profileReplicas.get(profile) ?? 0 };
}

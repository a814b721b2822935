// The chain's hard limits on what a deployment may ask for (node deployment/v1beta4
// validation_config.go, resource_list_validation.go, resourceunits.go): per replica, per volume,
// per price, and per placement group across all replicas. MsgCreateDeployment with anything past
// them is refused by every node, so each is reported at the field to change, before signing.
import type { Locator } from "./locate";
import { bytesOf, millicoresOf } from "./quantities";
import { asRecord, entriesOf, type Json } from "../utils/sdl-read";
import type { Diagnostic, PathSegment } from "./types";

const Mi = 1024 ** 2;
const Ti = 1024 ** 4;
const MAX_COUNT = 50;

export const LIMITS = {
  cpu: { min: 10, max: 384_000 },
  gpu: { max: 24 },
  memory: { min: Mi, max: 2 * Ti },
  storage: { min: 5 * Mi, max: 32 * Ti },
  /** micro-denom per block, per replica */
  price: { max: 10_000_000 },
} as const;

/** 536870912 → "512Mi"; 1.5 GiB → "1.5Gi". */
export function formatBytes(bytes: number): string {
  const units = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
  let i = 0;
  let v = bytes;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Number(v.toFixed(2))}${units[i]}`;
}

const cores = (milli: number) => `${Number((milli / 1000).toFixed(3)).toLocaleString("en-US")} CPU`;

type Push = (path: PathSegment[], message: string, hint: string) => void;

/** A volume's path as written: storage may be one volume (a map) rather than a list. */
export function volumePath(locate: Locator, storage: PathSegment[], i: number): PathSegment[] {
  return locate.walk([...storage, i]).complete ? [...storage, i] : storage;
}

function checkProfile(push: Push, locate: Locator, name: string, resources: Json): void {
  const base: PathSegment[] = ["profiles", "compute", name, "resources"];
  const milli = millicoresOf(asRecord(resources.cpu)?.units);
  if (milli !== null && (milli < LIMITS.cpu.min || milli > LIMITS.cpu.max))
    push(
      [...base, "cpu", "units"],
      `The CPU units of compute profile "${name}" are ${cores(milli)}; the chain accepts 0.01 to 384 per replica.`,
      milli < LIMITS.cpu.min
        ? "Write at least 0.01 (10m)."
        : "Write at most 384, and add replicas (count) for more.",
    );
  const memory = bytesOf(asRecord(resources.memory)?.size);
  if (memory !== null && (memory < LIMITS.memory.min || memory > LIMITS.memory.max))
    push(
      [...base, "memory", "size"],
      `The memory size of compute profile "${name}" is ${formatBytes(memory)}; the chain accepts 1Mi to 2Ti per replica.`,
      memory < LIMITS.memory.min
        ? "Write at least 1Mi, e.g. 512Mi (a number without a unit is bytes)."
        : "Write at most 2Ti.",
    );
  const storage = Array.isArray(resources.storage) ? resources.storage : [];
  storage.forEach((v, i) => {
    const bytes = bytesOf(asRecord(v)?.size);
    if (bytes !== null && (bytes < LIMITS.storage.min || bytes > LIMITS.storage.max))
      push(
        [...volumePath(locate, [...base, "storage"], i), "size"],
        `Storage volume ${i + 1} of compute profile "${name}" is ${formatBytes(bytes)}; the chain accepts 5Mi to 32Ti per volume.`,
        bytes < LIMITS.storage.min
          ? "Write at least 5Mi, e.g. 1Gi (a number without a unit is bytes)."
          : "Write at most 32Ti.",
      );
  });
}

interface Totals {
  cpu: number;
  gpu: number;
  memory: number;
  /** the deployment entry asking for the most replicas: where to lower the count */
  biggest: { path: PathSegment[]; count: number } | null;
}

function groupTotals(root: Json): Map<string, Totals> {
  const compute = asRecord(asRecord(root.profiles)?.compute) ?? {};
  const totals = new Map<string, Totals>();
  for (const [service, placements] of entriesOf(root.deployment))
    for (const [placement, e] of entriesOf(placements)) {
      const entry = asRecord(e);
      const resources = asRecord(asRecord(compute[String(entry?.profile)])?.resources);
      const count = typeof entry?.count === "number" ? entry.count : 0;
      if (!resources || !count) continue;
      const t = totals.get(placement) ?? { cpu: 0, gpu: 0, memory: 0, biggest: null };
      t.cpu += (millicoresOf(asRecord(resources.cpu)?.units) ?? 0) * count;
      const gpus = asRecord(resources.gpu)?.units;
      t.gpu += (typeof gpus === "number" ? gpus : 0) * count;
      t.memory += (bytesOf(asRecord(resources.memory)?.size) ?? 0) * count;
      if (!t.biggest || count > t.biggest.count)
        t.biggest = { path: ["deployment", service, placement, "count"], count };
      totals.set(placement, t);
    }
  return totals;
}

export function checkLimits(sdl: unknown, locate: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push: Push = (path, message, hint) =>
    out.push({ severity: "error", source: "limit", path, message, hint, range: locate(path, "value") });
  const root = asRecord(sdl);
  if (!root) return out;
  for (const [name, profile] of entriesOf(asRecord(root.profiles)?.compute)) {
    const resources = asRecord(asRecord(profile)?.resources);
    if (resources) checkProfile(push, locate, name, resources);
  }
  for (const [placement, body] of entriesOf(asRecord(root.profiles)?.placement))
    for (const [profile, price] of entriesOf(asRecord(body)?.pricing)) {
      const amount = asRecord(price)?.amount;
      if (typeof amount === "string" && Number(amount) > LIMITS.price.max)
        push(
          ["profiles", "placement", placement, "pricing", profile, "amount"],
          `The price amount of compute profile "${profile}" in placement "${placement}" is ${amount} per block; the chain accepts at most ${LIMITS.price.max.toLocaleString("en-US")} (10 ACT) per replica and block.`,
          "Write a lower amount: it is micro-ACT per block, e.g. 1000.",
        );
    }
  for (const [placement, t] of groupTotals(root)) {
    if (!t.biggest) continue;
    const where = t.biggest.path;
    if (t.cpu > LIMITS.cpu.max * MAX_COUNT)
      push(
        where,
        `Placement "${placement}" asks for ${cores(t.cpu)} across its replicas; the chain accepts at most 19,200 CPU per placement group.`,
        "Lower the count or the CPU units, or split services into another placement.",
      );
    if (t.gpu > LIMITS.gpu.max * MAX_COUNT)
      push(
        where,
        `Placement "${placement}" asks for ${t.gpu.toLocaleString("en-US")} GPUs across its replicas; the chain accepts at most 1,200 per placement group.`,
        "Lower the count or the GPU units.",
      );
    if (t.memory > LIMITS.memory.max * MAX_COUNT)
      push(
        where,
        `Placement "${placement}" asks for ${formatBytes(t.memory)} of memory across its replicas; the chain accepts at most 100Ti per placement group.`,
        "Lower the count or the memory size.",
      );
  }
  return out;
}

// Rules that tie fields within one section together, as the Go parser applies them: storage
// volumes (names, class and persistence), GPU units and attributes, IP endpoints and the ports
// they share, http_options' next_cases, and what chain-sdk 1.0.0-alpha.25 needs
// beyond Go (a registry password of 6 characters) when no reordering of the SDL can satisfy it.
import { isMap } from "yaml";
import { volumePath } from "./limits";
import type { Locator } from "./locate";
import { asRecord, entriesOf, type Json } from "../utils/sdl-read";
import type { Diagnostic, PathSegment } from "./types";

type Push = (
  path: PathSegment[],
  message: string,
  hint: string,
  target?: "key" | "value",
  severity?: "error" | "warning",
) => void;

function pusher(locate: Locator, out: Diagnostic[]): Push {
  return (path, message, hint, target = "value", severity = "error") =>
    out.push({ severity, source: "value", path, message, hint, range: locate(path, target) });
}

function checkStorage(push: Push, locate: Locator, profile: string, resources: Json): void {
  const storage = Array.isArray(resources.storage) ? resources.storage : [];
  const seen = new Map<string, number>();
  storage.forEach((v, i) => {
    const volume = asRecord(v);
    if (!volume) return;
    const path = volumePath(locate, ["profiles", "compute", profile, "resources", "storage"], i);
    const name = typeof volume.name === "string" ? volume.name : "default";
    if (seen.has(name))
      push(
        [...path, ...(volume.name === undefined ? [] : ["name"])],
        volume.name === undefined
          ? `Compute profile "${profile}" has more than one volume without a name.`
          : `Compute profile "${profile}" has two volumes named "${name}".`,
        "Give every volume but one a name of its own (name: data).",
        volume.name === undefined ? "key" : "value",
      );
    seen.set(name, i);
    const attributes = asRecord(volume.attributes);
    if (!attributes) return;
    const persistent = attributes.persistent === true;
    if (attributes.class === "ram" && persistent)
      push(
        [...path, "attributes", "persistent"],
        `Volume "${name}" of compute profile "${profile}" is in RAM, which cannot be persistent.`,
        "Write persistent: false, or pick a disk class (beta1, beta2, beta3).",
      );
    if (typeof attributes.class === "string" && attributes.class !== "ram" && !persistent)
      push(
        [...path, "attributes", "class"],
        `Volume "${name}" of compute profile "${profile}" has a storage class but is not persistent.`,
        "Add persistent: true, or remove the class for ephemeral storage.",
      );
  });
}

/** Whether the map at `path` has keys in the text (unknown ones, already reported, included). */
function writtenKeys(locate: Locator, path: PathSegment[]): boolean {
  const { step, complete } = locate.walk(path);
  return complete && isMap(step.value) && step.value.items.length > 0;
}

function checkGpu(push: Push, locate: Locator, profile: string, resources: Json): void {
  const gpu = asRecord(resources.gpu);
  if (!gpu || typeof gpu.units !== "number") return;
  const path: PathSegment[] = ["profiles", "compute", profile, "resources", "gpu"];
  const attributes = asRecord(gpu.attributes);
  const vendors = asRecord(attributes?.vendor);
  if (gpu.units > 0 && !vendors)
    push(
      [...path, "units"],
      `Compute profile "${profile}" asks for ${gpu.units} GPU${gpu.units === 1 ? "" : "s"} without naming a vendor.`,
      "Add attributes: { vendor: { nvidia: [ { model: h100 } ] } } (or nvidia: with no models for any).",
    );
  else if (
    gpu.units > 0 &&
    vendors &&
    Object.keys(vendors).length === 0 &&
    !writtenKeys(locate, [...path, "attributes", "vendor"])
  )
    push(
      [...path, "attributes", "vendor"],
      `The GPU of compute profile "${profile}" names no vendor.`,
      "Write nvidia: under vendor.",
      "key",
    );
  if (gpu.units === 0 && attributes)
    push(
      [...path, "attributes"],
      `Compute profile "${profile}" has GPU attributes but 0 GPU units.`,
      "Set units to 1 or more, or remove the attributes.",
      "key",
    );
}

function checkService(
  push: Push,
  service: string,
  body: Json,
  endpoints: Json,
  ports: Map<string, string>,
  used: Set<string>,
): void {
  const password = asRecord(body.credentials)?.password;
  if (typeof password === "string" && password !== "" && password.length < 6)
    push(
      ["services", service, "credentials", "password"],
      `The registry password of service "${service}" is shorter than 6 characters, which this console's SDL library (chain-sdk 1.0.0-alpha.25) cannot send, although providers accept it.`,
      "Use a token of 6 characters or more.",
    );
  const expose = Array.isArray(body.expose) ? body.expose : [];
  expose.forEach((e, i) => {
    const entry = asRecord(e);
    if (!entry) return;
    const path: PathSegment[] = ["services", service, "expose", i];
    const cases = asRecord(entry.http_options)?.next_cases;
    if (Array.isArray(cases) && cases.includes("off") && cases.length > 1)
      push(
        [...path, "http_options", "next_cases"],
        `The next_cases of expose entry ${i + 1} of service "${service}" combine off with other cases.`,
        "Write off alone, or leave it out.",
        "key",
      );
    const to = Array.isArray(entry.to) ? entry.to : [];
    to.forEach((t, j) => {
      const target = asRecord(t);
      if (typeof target?.ip !== "string" || target.ip === "") return;
      const toPath = [...path, "to", j];
      used.add(target.ip);
      if (target.global !== true)
        push(
          [...toPath, "ip"],
          `Expose entry ${i + 1} of service "${service}" names IP endpoint "${target.ip}" without global: true.`,
          "Add global: true next to ip.",
        );
      if (!(target.ip in endpoints))
        push(
          [...toPath, "ip"],
          `No endpoint named "${target.ip}" in the endpoints section.`,
          `Add endpoints: { ${target.ip}: { kind: ip } }, or fix the name.`,
        );
      const proto = typeof entry.proto === "string" ? entry.proto.toUpperCase() : "TCP";
      const key = `${target.ip}:${String(entry.as ?? entry.port)}/${proto}`;
      const other = ports.get(key);
      if (other)
        push(
          [...toPath, "ip"],
          `IP endpoint "${target.ip}" port ${String(entry.as ?? entry.port)}/${proto} is already used by service "${other}".`,
          "Use another port (as:) or another endpoint.",
        );
      ports.set(key, service);
    });
  });
}

/** Everything in one section that must agree with itself; returns diagnostics. */
export function checkConsistency(sdl: unknown, locate: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = pusher(locate, out);
  const root = asRecord(sdl);
  if (!root) return out;
  for (const [name, profile] of entriesOf(asRecord(root.profiles)?.compute)) {
    const resources = asRecord(asRecord(profile)?.resources);
    if (!resources) continue;
    checkStorage(push, locate, name, resources);
    checkGpu(push, locate, name, resources);
  }
  const endpoints = asRecord(root.endpoints) ?? {};
  const ports = new Map<string, string>();
  const used = new Set<string>();
  for (const [name, body] of entriesOf(root.services)) {
    const service = asRecord(body);
    if (service) checkService(push, name, service, endpoints, ports, used);
  }
  for (const name of Object.keys(endpoints))
    if (!used.has(name))
      push(
        ["endpoints", name],
        `Endpoint "${name}" is declared but no service uses it.`,
        "Use it in an expose (to: - ip: name, global: true) or remove it.",
        "key",
      );
  return out;
}

// The names an SDL uses to tie its sections together: a deployment names a service, a placement
// and a compute profile; a placement prices each profile; a service mounts the profile's volumes;
// an expose names an IP endpoint. Each broken name is reported where it is written, with the
// closest existing name, the way the Go parser checks them (go/sdl v2.go validate). A service
// that is defined but deployed nowhere is what Go does with it: left out, with a warning.
import type { Locator } from "./locate";
import { asRecord, entriesOf, type Json } from "../utils/sdl-read";
import { didYouMean } from "./suggest";
import type { Diagnostic, PathSegment } from "./types";

interface Ctx {
  locate: Locator;
  out: Diagnostic[];
}

function add(ctx: Ctx, d: Omit<Diagnostic, "range" | "source"> & { target?: "key" | "value" }): void {
  const { target = "value", ...rest } = d;
  ctx.out.push({ source: "reference", ...rest, range: ctx.locate(d.path, target) });
}

function brokenName(
  ctx: Ctx,
  path: PathSegment[],
  what: string,
  name: string,
  known: string[],
  hint: string,
) {
  const meant = didYouMean(name, known);
  const range = ctx.locate(path, "value");
  ctx.out.push({
    severity: "error",
    source: "reference",
    path,
    message: `No ${what} named "${name}"${meant ? ` (did you mean "${meant}"?)` : ""}.`,
    hint: meant ? `Write ${meant}, or ${hint}` : hint.charAt(0).toUpperCase() + hint.slice(1),
    range,
    ...(meant ? { fix: { title: `Write ${meant}`, edits: [{ range, text: meant }] } } : {}),
  });
}

/** Names of the volumes of a compute profile, as Go names them (an unnamed volume is "default"). */
function volumes(profile: Json | null): Map<string, Json> {
  const list = asRecord(profile?.resources)?.storage;
  const out = new Map<string, Json>();
  for (const v of Array.isArray(list) ? list : []) {
    const volume = asRecord(v);
    if (volume) out.set(typeof volume.name === "string" ? volume.name : "default", volume);
  }
  return out;
}

function checkDeployment(ctx: Ctx, sdl: Json, service: string, placements: Json): void {
  const compute = asRecord(asRecord(sdl.profiles)?.compute) ?? {};
  const placement = asRecord(asRecord(sdl.profiles)?.placement) ?? {};
  const services = asRecord(sdl.services) ?? {};
  if (!(service in services))
    brokenName(
      ctx,
      ["deployment", service],
      "service",
      service,
      Object.keys(services),
      "add it under services.",
    );
  for (const [name, entry] of entriesOf(placements)) {
    const profile = asRecord(entry)?.profile;
    const place = asRecord(placement[name]);
    if (!place)
      brokenName(
        ctx,
        ["deployment", service, name],
        "placement",
        name,
        Object.keys(placement),
        "add it under profiles.placement.",
      );
    if (typeof profile !== "string") continue;
    if (!(profile in compute)) {
      brokenName(
        ctx,
        ["deployment", service, name, "profile"],
        "compute profile",
        profile,
        Object.keys(compute),
        `add "${profile}" under profiles.compute.`,
      );
      continue;
    }
    if (place && !(profile in (asRecord(place.pricing) ?? {})))
      add(ctx, {
        severity: "error",
        path: ["profiles", "placement", name, "pricing"],
        target: "key",
        message: `Placement "${name}" has no price for compute profile "${profile}", which service "${service}" uses there.`,
        hint: `Add under pricing: ${profile}: { denom: uact, amount: 1000 }.`,
      });
    if (service in services)
      checkMounts(ctx, service, asRecord(services[service]), profile, asRecord(compute[profile]));
  }
}

function checkMounts(
  ctx: Ctx,
  service: string,
  body: Json | null,
  profileName: string,
  profile: Json | null,
): void {
  const params = asRecord(asRecord(body?.params)?.storage) ?? {};
  const vols = volumes(profile);
  const mounts = new Map<string, string>();
  for (const [name, p] of entriesOf(params)) {
    const mount = asRecord(p)?.mount;
    if (!vols.has(name)) {
      brokenName(
        ctx,
        ["services", service, "params", "storage", name],
        `volume in compute profile "${profileName}"`,
        name,
        [...vols.keys()],
        `add a volume named "${name}" to that profile's storage.`,
      );
      // brokenName marks the value; the volume name is the key here.
      const last = ctx.out[ctx.out.length - 1];
      if (last) last.range = ctx.locate(["services", service, "params", "storage", name], "key");
      continue;
    }
    if (typeof mount !== "string") continue;
    const other = mounts.get(mount);
    if (other)
      add(ctx, {
        severity: "error",
        path: ["services", service, "params", "storage", name, "mount"],
        message: `Service "${service}" mounts both "${other}" and "${name}" at ${mount}.`,
        hint: "Give each volume its own mount path.",
      });
    mounts.set(mount, name);
  }
  for (const [name, volume] of vols) {
    const persistent = asRecord(volume.attributes)?.persistent === true;
    if (persistent && !(name in params))
      add(ctx, {
        severity: "error",
        path: ["services", service],
        target: "key",
        message: `Service "${service}" does not mount the persistent volume "${name}" of compute profile "${profileName}".`,
        hint: `Add under service "${service}": params: { storage: { ${name}: { mount: /data } } }.`,
      });
  }
}

/** Checks every name; returns the SDL as chain-sdk should see it (services deployed nowhere left out). */
export function checkReferences(
  sdl: unknown,
  locate: Locator,
): { diagnostics: Diagnostic[]; deployable: unknown } {
  const ctx: Ctx = { locate, out: [] };
  const root = asRecord(sdl);
  if (!root) return { diagnostics: [], deployable: sdl };
  const deployment = asRecord(root.deployment) ?? {};
  for (const [service, placements] of entriesOf(deployment)) {
    const entries = asRecord(placements);
    if (entries) checkDeployment(ctx, root, service, entries);
  }
  if (root.deployment && Object.keys(deployment).length === 0)
    add(ctx, {
      severity: "error",
      path: ["deployment"],
      target: "key",
      message: "The deployment section deploys no service.",
      hint: "Add a service with a placement, profile and count: web: { akash: { profile: web, count: 1 } }.",
    });
  const services = asRecord(root.services);
  if (!services) return { diagnostics: ctx.out, deployable: sdl };
  const deployed: Json = {};
  for (const [name, body] of entriesOf(services)) {
    if (name in deployment) deployed[name] = body;
    else
      add(ctx, {
        severity: "warning",
        path: ["services", name],
        target: "key",
        message: `Service "${name}" is not listed under deployment, so it will not run.`,
        hint: `Add it under deployment (${name}: { akash: { profile: …, count: 1 } }) or remove it.`,
      });
  }
  return { diagnostics: ctx.out, deployable: { ...root, services: deployed } };
}

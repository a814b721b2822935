// The SDL checker: one pure, synchronous function from text to located diagnostics and, when the
// SDL is sound, the groups and group specs chain-sdk builds from it (what is signed and sent).
// Guarded parse → the shape and values of every field → names between sections → the chain's
// limits → chain-sdk's generateManifest (only when nothing above failed, so it never sees a value
// it would turn into Infinity or throw on) → our rules. The worker, the page fallback, the unit
// tests, the fuzz test and the benchmarks all run exactly this function.
import { chainSdkDiagnostics, chainSdkException } from "./chain-sdk-errors";
import { checkConsistency } from "./consistency";
import { checkLimits } from "./limits";
import { bindLocate, type Locator } from "./locate";
import { schemaKnows } from "./newer-fields";
import { parseSdlText } from "./parse";
import {
  reclamationBoundsDiagnostics,
  sdlReclamation,
  withoutReclamation,
  type SdlReclamation,
} from "./reclamation";
import { checkReferences } from "./references";
import { RULES, type RuleNetwork } from "./rules";
import { SDL_SPEC } from "./sdl-spec";
import { CHAIN_SDK_VERSION, chainSdkNetworkId, type GenerateManifestOk, type SdlEngine } from "./sdl-engine";
import type { NewerField } from "./spec";
import type { Diagnostic } from "./types";
import { AliasBombError, visitBudget, walkSdl } from "./walk";
import type { GpuOffer } from "../utils/gpu-offers";

export interface CheckContext {
  engine: SdlEngine;
  network: RuleNetwork & { kind: string };
  gpuOffers: readonly GpuOffer[] | null;
  /** our rules on top (denom, image tag, GPU models, credentials); off only where the SDL is
   * built after the studio checked it with them */
  rules?: boolean;
}

/** The groups (manifest, sent to the provider) and group specs (MsgCreateDeployment.groups). */
export interface BuiltManifest {
  groups: GenerateManifestOk["groups"];
  groupSpecs: GenerateManifestOk["groupSpecs"];
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** the SDL as the checker read it (what rules and the summary look at), null when unreadable */
  sdl: unknown;
  /** what chain-sdk built, when the SDL has no error that stops it */
  manifest: BuiltManifest | null;
  /** the SDL's reclamation window (AEP-82), signed beside the groups; null when it asks none */
  reclamation: SdlReclamation | null;
}

/** More than this many problems are summed up in one note: the first ones are what to fix. */
export const MAX_DIAGNOSTICS = 300;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.range.startLine - b.range.startLine ||
      a.range.startColumn - b.range.startColumn ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

/** Sorted, without repeats (an anchor used twice reports once), and capped. */
export function finalize(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = sortDiagnostics(diagnostics).filter((d) => {
    const key = `${d.range.startLine}:${d.range.startColumn}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length <= MAX_DIAGNOSTICS) return unique;
  const rest = unique.slice(MAX_DIAGNOSTICS);
  const first = rest[0] as Diagnostic;
  const errors = rest.filter((d) => d.severity === "error").length;
  return [
    ...unique.slice(0, MAX_DIAGNOSTICS),
    {
      severity: "info",
      source: "input",
      path: first.path,
      message: `${rest.length.toLocaleString("en-US")} more problems from here on (${errors.toLocaleString("en-US")} errors) are not listed.`,
      hint: "Fix the ones above first; the list fills up again as they go.",
      range: first.range,
    },
  ];
}

function buildManifest(ctx: CheckContext, deployable: unknown, locate: Locator) {
  try {
    // generateManifest types its input as SDLInput; the checker has read the input into exactly
    // that shape, and chain-sdk validates it again and returns errors for anything else.
    const built = ctx.engine.generateManifest(
      deployable as Parameters<SdlEngine["generateManifest"]>[0],
      chainSdkNetworkId(ctx.network.kind),
    );
    if (!built.ok) return { manifest: null, diagnostics: chainSdkDiagnostics(built.value, locate) };
    // groups and groupSpecs are computed on first read: read them here, where a throw is caught.
    const manifest = { groups: built.value.groups, groupSpecs: built.value.groupSpecs };
    return { manifest, diagnostics: [] };
  } catch (err) {
    return { manifest: null, diagnostics: [chainSdkException(err, locate)] };
  }
}

function readSdl(text: string, ctx: CheckContext) {
  const parsed = parseSdlText(text);
  if (!parsed.ok) return { ok: false as const, diagnostics: parsed.diagnostics };
  const { doc, lineCounter, warnings } = parsed.parsed;
  const locate = bindLocate(doc, lineCounter);
  const knows = (field: NewerField) => schemaKnows(ctx.engine.validationSDLSchema, field.schemaPath);
  try {
    const walked = walkSdl(
      { doc, locate, knows, chainSdkVersion: CHAIN_SDK_VERSION, maxVisits: visitBudget(text.length) },
      SDL_SPEC,
    );
    return {
      ok: true as const,
      locate,
      value: walked.value,
      diagnostics: [...warnings, ...walked.diagnostics],
    };
  } catch (err) {
    if (!(err instanceof AliasBombError)) throw err;
    const bomb: Diagnostic = {
      severity: "error",
      source: "input",
      path: [],
      message:
        "The YAML aliases (*name) expand to too much data: this looks like an alias bomb, so it is not read.",
      hint: "Write the values out instead of nesting aliases.",
      range: err.range ?? locate([]),
    };
    return { ok: false as const, diagnostics: [bomb] };
  }
}

export function checkSdl(text: string, ctx: CheckContext): CheckResult {
  const read = readSdl(text, ctx);
  if (!read.ok)
    return { diagnostics: finalize(read.diagnostics), sdl: null, manifest: null, reclamation: null };
  const { locate, value } = read;
  const references = checkReferences(value, locate);
  const reclamation = sdlReclamation(value);
  const found = [
    ...read.diagnostics,
    ...references.diagnostics,
    ...checkConsistency(value, locate),
    ...checkLimits(value, locate),
    ...reclamationBoundsDiagnostics(reclamation, ctx.network.reclamationBounds, locate),
  ];
  const stopped = found.some((d) => d.severity === "error");
  const built = stopped
    ? { manifest: null, diagnostics: [] }
    : buildManifest(ctx, withoutReclamation(references.deployable), locate);
  const rules =
    ctx.rules === false
      ? []
      : RULES.flatMap((rule) => rule({ sdl: value, locate, network: ctx.network, gpuOffers: ctx.gpuOffers }));
  return {
    diagnostics: finalize([...found, ...built.diagnostics, ...rules]),
    sdl: value,
    manifest: built.manifest,
    reclamation,
  };
}

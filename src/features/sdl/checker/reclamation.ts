// AEP-82: an SDL's top-level `reclamation: { min_window: 24h }`, the least notice the tenant
// accepts before a provider takes its hardware back. chain-sdk 1.0.0-alpha.25's schema refuses the
// key and its codecs cannot carry it, so the console reads it here, strips it before chain-sdk
// builds the groups and the manifest, and signs it itself in MsgCreateDeployment.reclamation
// (field 5, transactions/messages/reclamation-codec.ts). The manifest and its hash never include
// it: go/sdl's Manifest() and Version() are built from the groups alone, so a provider computes the
// same hash with or without the key. The form is chain-sdk HEAD's schema (`^[1-9][0-9]*(s|m|h)$`,
// stricter than Go's time.ParseDuration); the bounds are the market params the node checks
// (x/deployment: min_reclamation_window ≤ min_window ≤ max_reclamation_window).
import type { Locator } from "./locate";
import type { ScalarRead } from "./spec";
import type { Diagnostic } from "./types";

export interface SdlReclamation {
  minWindowSec: number;
  /** as written in the SDL ("24h") */
  text: string;
}

/** The market's bounds (seconds); "unsupported": the chain has none (it predates node v2.1). */
export type ReclamationBounds = { minSec: number; maxSec: number } | "unsupported";

const UNIT_SEC = { s: 1n, m: 60n, h: 3_600n } as const;
/** Go's time.Duration holds at most 2^63−1 ns: 9,223,372,036 whole seconds. */
const MAX_GO_SEC = 9_223_372_036n;
export const MIN_WINDOW_PATH = ["reclamation", "min_window"] as const;

/** Seconds in the shortest spelling the SDL accepts: 3600 → "1h", 90 → "90s"… "2m" for 120. */
export function windowText(sec: number): string {
  if (sec % 3_600 === 0) return `${sec / 3_600}h`;
  if (sec % 60 === 0) return `${sec / 60}m`;
  return `${sec}s`;
}

/** Go's duration grammar ("1h30m", "1.5h", "500ms"), which the SDL schema refuses. */
const goParts = (text: string) => {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  return parts.length > 0 && parts.map((p) => p[0]).join("") === text ? parts : null;
};

function suggestFrom(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower !== text && /^[1-9][0-9]*(s|m|h)$/.test(lower)) return lower;
  if (/^[1-9][0-9]*$/.test(text)) return `${text}s`;
  const parts = goParts(text);
  if (!parts) return undefined;
  // The same time in one unit, when it is a whole number of seconds.
  const ms = parts.reduce((sum, p) => {
    const unitMs = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[p[2] as "ms"];
    return sum + Number(p[1]) * unitMs;
  }, 0);
  return Number.isInteger(ms / 1_000) && ms > 0 ? windowText(ms / 1_000) : undefined;
}

const bad = (problem: string, suggestion?: string): ScalarRead =>
  suggestion === undefined ? { ok: false, problem } : { ok: false, problem, suggestion };

/** min_window as the scalar reader of the spec: the text when good, or what is wrong and a fix. */
export function readMinWindow(text: string): ScalarRead {
  const m = /^([1-9][0-9]*)(s|m|h)$/.exec(text);
  if (!m) {
    if (/^0+(s|m|h)?$/.test(text)) return bad("is zero: the window must be longer than that");
    if (text.startsWith("-")) return bad("is negative");
    const suggestion = suggestFrom(text);
    if (goParts(text) && !/^\d+(s|m|h)$/.test(text))
      return bad("mixes units, fractions or ms: write one whole number and s, m or h", suggestion);
    return bad("is not a duration such as 24h", suggestion);
  }
  const sec = BigInt(m[1] as string) * UNIT_SEC[m[2] as keyof typeof UNIT_SEC];
  if (sec > MAX_GO_SEC) return bad("is longer than the chain can hold");
  return { ok: true, value: text };
}

/** The reclamation the walked SDL asks for, or null (absent, or its value was refused). */
export function sdlReclamation(sdl: unknown): SdlReclamation | null {
  const rec = (sdl as { reclamation?: { min_window?: unknown } } | null)?.reclamation;
  const text = rec?.min_window;
  if (typeof text !== "string") return null;
  const read = readMinWindow(text);
  if (!read.ok) return null;
  const m = /^(\d+)(s|m|h)$/.exec(text) as RegExpExecArray;
  return { minWindowSec: Number(m[1]) * Number(UNIT_SEC[m[2] as keyof typeof UNIT_SEC]), text };
}

/** The SDL chain-sdk builds from: everything but `reclamation`, which it cannot read. */
export function withoutReclamation(sdl: unknown): unknown {
  if (sdl === null || typeof sdl !== "object" || !("reclamation" in sdl)) return sdl;
  const { reclamation: _dropped, ...rest } = sdl as Record<string, unknown>;
  return rest;
}

/** The window against the network's market params, on the min_window line. */
export function reclamationBoundsDiagnostics(
  rec: SdlReclamation | null,
  bounds: ReclamationBounds | null | undefined,
  locate: Locator,
): Diagnostic[] {
  if (!rec || !bounds) return [];
  const range = locate([...MIN_WINDOW_PATH]);
  const path = [...MIN_WINDOW_PATH];
  if (bounds === "unsupported")
    return [
      {
        severity: "error",
        source: "limit",
        path: ["reclamation"],
        range: locate(["reclamation"], "key"),
        message:
          "This network does not support reclamation: its chain predates node v2.1 and would refuse the deployment.",
        hint: "Remove the reclamation section to deploy here.",
      },
    ];
  const { minSec, maxSec } = bounds;
  const allowed = `from ${windowText(minSec)} to ${windowText(maxSec)}`;
  const edge = rec.minWindowSec < minSec ? minSec : rec.minWindowSec > maxSec ? maxSec : null;
  if (edge === null) return [];
  const fix = windowText(edge);
  return [
    {
      severity: "error",
      source: "limit",
      path,
      range,
      message: `The reclamation window ${rec.text} is ${edge === minSec ? "shorter" : "longer"} than this network allows (${allowed}, the market's reclamation bounds).`,
      hint: `Write a window ${allowed}, e.g. ${fix}.`,
      fix: { title: `Write ${fix}`, edits: [{ range, text: fix }] },
    },
  ];
}

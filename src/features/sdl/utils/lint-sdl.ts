// The one lint function: guarded YAML parse → chain-sdk's generateManifest (schema and
// cross-reference validation, then groups and group specs) → our rules. Pure and synchronous,
// so the editor, the unit tests and the Node benchmark all run exactly the same code.
import type { GpuOffer } from "./gpu-offers";
import { RULES, type RuleNetwork } from "./rules";
import { schemaDiagnostics } from "./schema-diagnostics";
import { chainSdkNetworkId, type GenerateManifestOk, type SdlEngine } from "./sdl-engine";
import { FIRST_LINE, type Diagnostic } from "./types";
import { parseSdlText } from "./yaml-document";
import { bindLocate } from "./yaml-locate";

export interface LintContext {
  engine: SdlEngine;
  network: RuleNetwork & { kind: string };
  gpuOffers: readonly GpuOffer[] | null;
}

export interface LintResult {
  text: string;
  diagnostics: Diagnostic[];
  /** the SDL as JavaScript when the YAML could be read */
  sdl: unknown;
  /** groups and group specs when chain-sdk accepted the SDL */
  manifest: GenerateManifestOk | null;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.range.startLine - b.range.startLine ||
      a.range.startColumn - b.range.startColumn ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

function buildManifest(ctx: LintContext, sdl: unknown, locate: ReturnType<typeof bindLocate>) {
  try {
    // generateManifest types its input as SDLInput; it validates the shape first and returns
    // errors for anything else, which is exactly what an editor needs.
    const result = ctx.engine.generateManifest(
      sdl as Parameters<SdlEngine["generateManifest"]>[0],
      chainSdkNetworkId(ctx.network.kind),
    );
    if (result.ok) return { manifest: result.value, diagnostics: [] };
    return { manifest: null, diagnostics: schemaDiagnostics(result.value, locate) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const diagnostic: Diagnostic = {
      severity: "error",
      source: "schema",
      message: `chain-sdk could not build a manifest from this SDL: ${reason}`,
      range: FIRST_LINE,
    };
    return { manifest: null, diagnostics: [diagnostic] };
  }
}

export function lintSdl(text: string, ctx: LintContext): LintResult {
  const parsed = parseSdlText(text);
  if (!parsed.ok)
    return { text, diagnostics: sortDiagnostics(parsed.diagnostics), sdl: null, manifest: null };
  const { doc, lineCounter, value } = parsed.parsed;
  const locate = bindLocate(doc, lineCounter);
  const built = buildManifest(ctx, value, locate);
  const ruleContext = { sdl: value, locate, network: ctx.network, gpuOffers: ctx.gpuOffers };
  const own = RULES.flatMap((rule) => rule(ruleContext));
  return {
    text,
    diagnostics: sortDiagnostics([...built.diagnostics, ...own]),
    sdl: value,
    manifest: built.manifest,
  };
}

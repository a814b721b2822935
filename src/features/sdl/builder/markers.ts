// The checker's diagnostics mapped onto the form: a field shows those at its path or below it,
// a section those at exactly its own path (a missing key is reported on the map that lacks it).
import type { Diagnostic } from "../checker/types";
import type { Path } from "./yaml-edit";

const startsWith = (path: readonly unknown[], prefix: Path) =>
  prefix.length <= path.length && prefix.every((seg, i) => String(seg) === String(path[i]));

export function markersUnder(diagnostics: readonly Diagnostic[], path: Path): Diagnostic[] {
  return diagnostics.filter((d) => d.severity !== "info" && startsWith(d.path, path));
}

export function markersAt(diagnostics: readonly Diagnostic[], paths: readonly Path[]): Diagnostic[] {
  return diagnostics.filter(
    (d) => d.severity !== "info" && paths.some((p) => p.length === d.path.length && startsWith(d.path, p)),
  );
}

/** "error" when any is an error, else "warning" when any, else null: the field's border. */
export function worst(diagnostics: readonly Diagnostic[]): "error" | "warning" | null {
  if (diagnostics.some((d) => d.severity === "error")) return "error";
  return diagnostics.length ? "warning" : null;
}

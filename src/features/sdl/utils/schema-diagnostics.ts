// chain-sdk's validation errors (AJV schema errors and its cross-reference checks, both with a
// JSON-pointer instancePath) as diagnostics at the exact node they are about.
import type { SdlValidationError } from "./sdl-engine";
import type { Diagnostic } from "./types";
import { pointerToPath, type Locate } from "./yaml-locate";

function stringParam(error: SdlValidationError, name: string): string | null {
  const value: unknown = error.params[name];
  return typeof value === "string" ? value : null;
}

const VENDOR_HINT = ' Only "nvidia" is accepted as a GPU vendor.';

export function schemaDiagnostic(error: SdlValidationError, locate: Locate): Diagnostic {
  const path = pointerToPath(error.instancePath);
  let message = error.message;
  let range;
  const extra = stringParam(error, "additionalProperty");
  if (error.keyword === "additionalProperties" && extra !== null) {
    // The unknown key itself, or (for cross-reference errors that already point at it) the node.
    const last = path[path.length - 1];
    range = locate(last === extra ? path : [...path, extra], "key");
    if (path[path.length - 1] === "vendor" && path.includes("gpu")) message += VENDOR_HINT;
  } else if (error.keyword === "required") {
    range = locate(path, "key");
  } else {
    range = locate(path, "value");
  }
  return { severity: "error", source: "schema", message, range };
}

export function schemaDiagnostics(errors: readonly SdlValidationError[], locate: Locate): Diagnostic[] {
  return errors.map((e) => schemaDiagnostic(e, locate));
}

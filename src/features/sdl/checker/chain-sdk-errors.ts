// What chain-sdk says when it refuses an SDL the checker's own rules passed (its JSON-schema
// errors and cross-reference checks carry a JSON-pointer instancePath), at the node it is about
// and in the checker's words: the field's name, never a regular expression. An exception thrown
// while building the manifest is reported at the section that was being built.
import type { Locator } from "./locate";
import { pointerToPath } from "./locate";
import type { SdlValidationError } from "./sdl-engine";
import { capitalize, fieldName } from "./spec";
import type { Diagnostic } from "./types";

const param = (e: SdlValidationError, name: string): string | null => {
  const value: unknown = e.params[name];
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
};

/** The message without chain-sdk's quoting of patterns and JSON pointers. */
function plain(e: SdlValidationError, name: string): string {
  const missing = param(e, "missingProperty");
  const extra = param(e, "additionalProperty");
  const limit = param(e, "limit");
  switch (e.keyword) {
    case "required":
      return missing && !e.message.startsWith("The ") && !e.message.startsWith("Service ")
        ? `"${missing}" is missing from ${name}.`
        : e.message;
    case "additionalProperties":
      return extra
        ? `"${extra}" is not allowed in ${name}.`
        : `${capitalize(name)} has a field that is not allowed.`;
    case "pattern":
      return `${capitalize(name)} is not written in the form this field needs.`;
    case "type":
      return `${capitalize(name)} should be ${param(e, "type") ?? "another type"}.`;
    case "enum":
      return `${capitalize(name)} is not one of the accepted values.`;
    case "minimum":
    case "exclusiveMinimum":
      return `${capitalize(name)} must be more than ${limit ?? "its minimum"}.`;
    case "maximum":
      return `${capitalize(name)} must be at most ${limit ?? "its maximum"}.`;
    default:
      return e.message.replace(
        / does not match pattern ".*"/,
        " is not written in the form this field needs",
      );
  }
}

export function chainSdkDiagnostic(e: SdlValidationError, locate: Locator): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const extra = param(e, "additionalProperty");
  const last = path[path.length - 1];
  const keyPath = extra !== null && last !== extra ? [...path, extra] : path;
  const onKey = e.keyword === "additionalProperties" || e.keyword === "required";
  return {
    severity: "error",
    source: "chain-sdk",
    path: keyPath,
    message: plain(e, fieldName(path)),
    hint: "This console's SDL library refuses it; fix the field as the message says.",
    range: locate(keyPath, onKey ? "key" : "value"),
  };
}

export function chainSdkDiagnostics(errors: readonly SdlValidationError[], locate: Locator): Diagnostic[] {
  return errors.map((e) => chainSdkDiagnostic(e, locate));
}

/** chain-sdk threw while building the manifest: reported at the section it was building. */
export function chainSdkException(err: unknown, locate: Locator): Diagnostic {
  const reason = err instanceof Error ? err.message : String(err);
  const path = /size|memory|storage|cpu|gpu/i.test(reason) ? ["profiles", "compute"] : ["deployment"];
  return {
    severity: "error",
    source: "chain-sdk",
    path,
    message: `This console's SDL library could not build a manifest from this section (${reason}).`,
    hint: "Check the values in this section against the examples in the templates.",
    range: locate(path, "key"),
  };
}

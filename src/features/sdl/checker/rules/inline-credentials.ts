// Registry credentials are part of the manifest: the provider needs the password to pull the
// image. Say so where they are written, and that the console itself keeps no copy.
import { asRecord, entriesOf } from "../../utils/sdl-read";
import type { Diagnostic } from "../types";
import type { LintRule } from "./rule";

export const inlineCredentialsRule: LintRule = ({ sdl, locate }) => {
  const out: Diagnostic[] = [];
  for (const [service, body] of entriesOf((sdl as { services?: unknown } | null)?.services)) {
    const credentials = asRecord(asRecord(body)?.credentials);
    if (!credentials) continue;
    out.push({
      severity: "info",
      source: "inline-credentials",
      path: ["services", service, "credentials"],
      message:
        `The registry password of "${service}" is sent to the provider in the manifest so it can pull the image. ` +
        "The console never stores it: saved drafts and share links leave it out.",
      hint: "Prefer a read-only token.",
      range: locate(["services", service, "credentials"], "key"),
    });
  }
  return out;
};

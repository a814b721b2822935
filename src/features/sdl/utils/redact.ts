// Registry passwords are sent to the provider and nowhere else: before an SDL is written to a
// draft or put in a share link, every services.*.credentials.password value is blanked.
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { asRecord } from "./sdl-read";

const PASSWORD_LINE = /^(\s*password\s*:\s*)(\S.*)$/gm;

export function redactSecrets(text: string): { text: string; redacted: number } {
  let doc;
  try {
    doc = parseDocument(text, { prettyErrors: false });
  } catch {
    doc = null;
  }
  if (!doc || doc.errors.length) {
    // Unparseable text: blank anything that looks like a password line rather than risk keeping one.
    let redacted = 0;
    const out = text.replace(PASSWORD_LINE, (_m, head: string) => {
      redacted++;
      return `${head}""`;
    });
    return { text: out, redacted };
  }
  const spans: Array<[number, number]> = [];
  const services = doc.get("services", true) as Node | undefined;
  if (isMap(services)) {
    for (const pair of services.items) {
      const service = pair.value as Node | null;
      const credentials = isMap(service) ? (service.get("credentials", true) as Node | undefined) : undefined;
      const password = isMap(credentials)
        ? (credentials.get("password", true) as Node | undefined)
        : undefined;
      if (isScalar(password) && password.range && String(password.value ?? "") !== "")
        spans.push([password.range[0], password.range[1]]);
    }
  }
  let out = text;
  for (const [from, to] of spans.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + '""' + out.slice(to);
  return { text: out, redacted: spans.length };
}

/** True when the SDL names a registry password (so the UI can say it will not be saved). */
export function hasInlinePassword(sdl: unknown): boolean {
  const services = asRecord(asRecord(sdl)?.services);
  return Object.values(services ?? {}).some((s) => {
    const password = asRecord(asRecord(s)?.credentials)?.password;
    return typeof password === "string" && password !== "";
  });
}

export const ENV_PLACEHOLDER = "<redacted>";
const ENV_LINE = /^(\s*-\s*["']?[A-Za-z_][A-Za-z0-9_.-]*=)([^\n]*)$/gm;

/**
 * A draft's text without its env values (`- NAME=value` → `- NAME=<redacted>`), for an export
 * made without secrets; the names stay so the tenant knows what to fill in. Text that is not YAML
 * loses everything after `=` on every line that looks like an env item.
 */
export function redactEnvValues(text: string): { text: string; redacted: number } {
  let doc;
  try {
    doc = parseDocument(text, { prettyErrors: false });
  } catch {
    doc = null;
  }
  if (!doc || doc.errors.length) {
    let redacted = 0;
    const out = text.replace(ENV_LINE, (_m, head: string) => (redacted++, `${head}${ENV_PLACEHOLDER}`));
    return { text: out, redacted };
  }
  const edits: Array<[number, number, string]> = [];
  const services = doc.get("services", true) as Node | undefined;
  if (isMap(services))
    for (const pair of services.items) {
      const service = pair.value as Node | null;
      const env = isMap(service) ? (service.get("env", true) as Node | undefined) : undefined;
      if (!isSeq(env)) continue;
      for (const item of env.items) {
        if (!isScalar(item) || !item.range || typeof item.value !== "string") continue;
        const eq = item.value.indexOf("=");
        if (eq < 0 || item.value.slice(eq + 1) === ENV_PLACEHOLDER) continue;
        edits.push([
          item.range[0],
          item.range[1],
          JSON.stringify(`${item.value.slice(0, eq + 1)}${ENV_PLACEHOLDER}`),
        ]);
      }
    }
  let out = text;
  for (const [from, to, next] of edits.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, from) + next + out.slice(to);
  return { text: out, redacted: edits.length };
}

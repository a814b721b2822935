// Secrets never enter a receipt. The SDL is kept as the hash of what was submitted plus a copy
// with registry passwords and secret-looking env values removed; every string in a receipt is
// also scrubbed of JWTs and bearer tokens (provider tokens can surface in error logs).
import type * as YamlModule from "yaml";
import type { Document } from "yaml";

// The YAML parser is loaded on the first SDL only: it is large, and the store ships with the app shell.
type Yaml = typeof YamlModule;

export const REDACTED = "<redacted>";

const SECRET_ENV_NAME = /pass|secret|token|key|credential|private|mnemonic|seed|auth/i;
// header.payload.signature, base64url; headers of real JWTs start with `{"` → "eyJ".
const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}/g;
const BEARER = /(Bearer\s+)[A-Za-z0-9._~+/-]+=*/gi;

export function scrubString(text: string): string {
  return text.replace(JWT, REDACTED).replace(BEARER, `$1${REDACTED}`);
}

/** Returns a copy with every string scrubbed; objects and arrays keep their shape. */
export function scrubDeep<T>(value: T): T {
  if (typeof value === "string") return scrubString(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubDeep(v)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v);
    return out as T;
  }
  return value;
}

function redactEnvEntries({ isMap, isSeq, isScalar }: Yaml, doc: Document, service: unknown): void {
  if (!isMap(service)) return;
  const env = service.get("env", true);
  if (!isSeq(env)) return;
  env.items.forEach((item, i) => {
    if (!isScalar(item) || typeof item.value !== "string") return;
    const eq = item.value.indexOf("=");
    if (eq > 0 && SECRET_ENV_NAME.test(item.value.slice(0, eq)))
      env.set(i, doc.createNode(`${item.value.slice(0, eq)}=${REDACTED}`));
  });
}

/**
 * The SDL without secrets: `services.*.credentials.password` removed (host and username stay, so
 * the receipt still says which registry was used) and env values whose name looks secret replaced.
 * Returns null when the text is not YAML: then only its hash is kept, never the raw text.
 */
export async function redactSdl(sdl: string): Promise<string | null> {
  const yaml = await import("yaml");
  const { isMap } = yaml;
  const doc = yaml.parseDocument(sdl);
  if (doc.errors.length > 0) return null;
  const services = doc.get("services", true);
  if (isMap(services)) {
    for (const pair of services.items) {
      const service = pair.value;
      if (!isMap(service)) continue;
      const credentials = service.get("credentials", true);
      if (isMap(credentials) && credentials.has("password")) credentials.set("password", REDACTED);
      redactEnvEntries(yaml, doc, service);
    }
  }
  return scrubString(doc.toString());
}

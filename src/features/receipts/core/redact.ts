// Secrets never enter a receipt. Two layers:
// - scrubString runs on EVERY string a receipt holds (SDL copy, memo, raw logs, errors, status,
//   reason): JWTs, bearer tokens, URL userinfo (postgres://app:SECRET@…, redis://:pw@…, Sentry
//   DSNs) and `name=value` / `name: value` pairs whose name says secret (token=, password=, …).
// - redactSdl keeps a copy of the SDL that holds no value a tenant could mean to hide: YAML
//   aliases are resolved first (so a password reached through `*alias` is redacted at its anchor
//   too), comments are dropped, EVERY env value is replaced (names stay), registry passwords and
//   any value under a secret-named key are replaced, and every other occurrence of a replaced
//   value (in args, command, an anchor's home) is replaced as well.
import type * as YamlModule from "yaml";

// The YAML parser is loaded on the first SDL only: it is large, and the store ships with the app shell.
type Yaml = typeof YamlModule;

export const REDACTED = "<redacted>";

// header.payload.signature, base64url; headers of real JWTs start with `{"` → "eyJ".
const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}/g;
const BEARER = /\b(Bearer)(\s+)(?!<redacted>)[A-Za-z0-9._~+/-]+=*/gi;
// Authorization: <scheme> <credentials>, whatever the scheme (Basic, Token, AWS4-HMAC-SHA256, …).
const AUTH_HEADER =
  /\b(authorization["']?\s*[:=]\s*)(?!(?:[A-Za-z0-9-]+\s+)?<redacted>)([A-Za-z0-9-]+\s+)?[^\s"',;]+/gi;
// scheme://userinfo@ : the userinfo is a password, a token (Sentry's public key) or user:password.
// `<` and `>` are excluded so an already redacted userinfo is left alone.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@"'<>]+)@/gi;
const SECRET_WORD = String.raw`[a-z0-9_.-]*?(?:password|passwd|pwd|pass|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth|credentials?|dsn)`;
// name=value, name: value, "name":"value", with the value quoted or bare.
const SECRET_PAIR = new RegExp(
  String.raw`\b(${SECRET_WORD})(["']?[ \t]*[=:][ \t]*)("[^"]*"|'[^']*'|[^\s"'&;,)}\]]+)`,
  "gi",
);
/** Map keys whose scalar value is a secret wherever they appear in an SDL. */
const SECRET_KEY = new RegExp(`^${SECRET_WORD}$`, "i");
// A replaced value shorter than this is not hunted elsewhere: "1" or "on" would shred the copy.
const MIN_HUNTED_LENGTH = 4;
// Aliases beyond this are an expansion attack ("billion laughs"); such an SDL keeps no copy.
const MAX_ALIASES = 1000;

function quoteOf(value: string): string {
  const q = value[0];
  return q === '"' || q === "'" ? q : "";
}

export function scrubString(text: string): string {
  return text
    .replace(JWT, REDACTED)
    .replace(BEARER, `$1$2${REDACTED}`)
    .replace(
      AUTH_HEADER,
      (_all, head: string, scheme: string | undefined) => `${head}${scheme ?? ""}${REDACTED}`,
    )
    .replace(URL_USERINFO, `$1${REDACTED}@`)
    .replace(SECRET_PAIR, (_all, name: string, sep: string, value: string) => {
      const q = quoteOf(value);
      return `${name}${sep}${q}${REDACTED}${q}`;
    });
}

/** Returns a copy with every string (and object key) scrubbed; objects and arrays keep their shape. */
export function scrubDeep<T>(value: T): T {
  if (typeof value === "string") return scrubString(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubDeep(v)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[scrubString(k)] = scrubDeep(v);
    return out as T;
  }
  return value;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === "object" && !Array.isArray(v);

function hunt(secrets: Set<string>, value: unknown): void {
  if (value === null || value === undefined || typeof value === "object") return;
  const text = String(value);
  if (text.length >= MIN_HUNTED_LENGTH && text !== REDACTED) secrets.add(text);
}

/** `env` as a list of NAME=value (the SDL's form) or, leniently, a map: every value goes. */
function redactEnv(env: unknown, secrets: Set<string>): unknown {
  if (Array.isArray(env))
    return env.map((item) => {
      if (typeof item !== "string") return (hunt(secrets, item), REDACTED);
      const eq = item.indexOf("=");
      if (eq < 0) return item;
      hunt(secrets, item.slice(eq + 1));
      return `${item.slice(0, eq)}=${REDACTED}`;
    });
  if (isRecord(env))
    return Object.fromEntries(Object.keys(env).map((k) => (hunt(secrets, env[k]), [k, REDACTED])));
  return env;
}

/** Replaces env values and secret-named scalars at any depth; collects what it replaced. */
function redactTree(value: unknown, secrets: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => redactTree(v, secrets));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "env") out[key] = redactEnv(v, secrets);
    else if (SECRET_KEY.test(key) && (v === null || typeof v !== "object"))
      out[key] = v === null ? null : (hunt(secrets, v), REDACTED);
    else out[key] = redactTree(v, secrets);
  }
  return out;
}

function replaceAll(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return scrubString(out);
}

/** Every string (keys too) loses every hunted secret and is scrubbed. */
function scrubTree(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return replaceAll(value, secrets);
  if (Array.isArray(value)) return value.map((v) => scrubTree(v, secrets));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[replaceAll(k, secrets)] = scrubTree(v, secrets);
    return out;
  }
  if (typeof value === "number" || typeof value === "bigint") {
    const text = String(value);
    return secrets.includes(text) ? REDACTED : value;
  }
  return value;
}

function resolved(yaml: Yaml, sdl: string): unknown {
  const doc = yaml.parseDocument(sdl, { prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return undefined;
  }
}

/**
 * The SDL without anything secret (see the header). Returns null when the text is not YAML (or
 * is an alias bomb): then the receipt keeps no copy and no hash of it at all.
 */
export async function redactSdl(sdl: string): Promise<string | null> {
  const yaml = await import("yaml");
  const tree = resolved(yaml, sdl);
  if (tree === undefined) return null;
  const secrets = new Set<string>();
  const redacted = redactTree(tree, secrets);
  // Longest first, so a secret that contains another is replaced whole.
  const hunted = [...secrets].sort((a, b) => b.length - a.length);
  const clean = scrubTree(redacted, hunted);
  return yaml.stringify(clean, { aliasDuplicateObjects: false, lineWidth: 0 });
}

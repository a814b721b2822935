// The server's structured log: one JSON object per line ({time, level, event, ...fields}), so a
// log collector can index it. Secrets never reach it: fields named like credentials are dropped
// and anything shaped like a JWT or URL userinfo is masked, whatever field it hides in.

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

const SECRET_KEY = /token|authorization|cookie|mnemonic|password|secret|jwt/i;
// Three base64url segments, the first a JSON object ("eyJ…"): a JWT wherever it appears.
const JWT = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
const BEARER = /(bearer\s+)[^\s"',;]+/gi;
const USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^\s/@"']+@/gi;

export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string")
    return value
      .replace(JWT, "[redacted-jwt]")
      .replace(BEARER, "$1[redacted]")
      .replace(USERINFO, "$1[redacted]@");
  if (value instanceof Error) return scrub(value.message, depth);
  if (Array.isArray(value)) return depth > 4 ? "[…]" : value.map((v) => scrub(v, depth + 1));
  if (value && typeof value === "object") {
    if (depth > 4) return "[…]";
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!SECRET_KEY.test(k)) out[k] = scrub(v, depth + 1);
    return out;
  }
  return value;
}

export function createLogger(
  opts: { level?: LogLevel; write?: (line: string) => void; now?: () => Date } = {},
): Logger {
  const min = RANK[opts.level ?? "info"];
  const write = opts.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const now = opts.now ?? (() => new Date());
  const at =
    (level: Exclude<LogLevel, "silent">) =>
    (event: string, fields: LogFields = {}): void => {
      if (RANK[level] < min) return;
      const body = scrub(fields) as LogFields;
      write(JSON.stringify({ time: now().toISOString(), level, event, ...body }));
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** For tests and tools that want no output. */
export const silentLogger: Logger = createLogger({ level: "silent" });

// A tiny logger for the simulated providers. Quiet by default (warnings and errors only) so tests
// and `npm run localnet` stay readable; LOCALNET_PROVIDER_LOG=debug|info turns on more. Anything
// that looks like a JWT or a bearer token is redacted before printing: tokens are credentials.

export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(scope: string): Logger;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const JWT_LIKE = /[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;
const BEARER = /bearer\s+\S+/gi;

export function redact(text: string): string {
  return text.replace(BEARER, "Bearer [redacted]").replace(JWT_LIKE, "[redacted-jwt]");
}

function levelFromEnv(): LogLevel {
  const raw = process.env.LOCALNET_PROVIDER_LOG;
  return raw === "debug" || raw === "info" || raw === "error" ? raw : "warn";
}

export function createLogger(scope: string, level: LogLevel = levelFromEnv()): Logger {
  const emit = (at: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    if (ORDER[at] < ORDER[level]) return;
    const extra = fields ? " " + redact(JSON.stringify(fields)) : "";
    const line = `[provider ${scope}] ${at}: ${redact(message)}${extra}`;
    if (at === "error") console.error(line);
    else console.warn(line);
  };
  return {
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
    child: (sub) => createLogger(`${scope}/${sub}`, level),
  };
}

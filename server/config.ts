// The server's configuration, read from the environment (docs/self-hosting.md lists every
// variable). Bad values stop the server at boot with the variable's name, never at request time.
// `npm start` flags (--port, --host, --dist, --network, ...) override these.
import { z } from "zod";
import { parsePublicHosts } from "./host-guard";
import { parseAllowedOrigins } from "./provider-proxy/cors";
import { LOG_LEVELS, type LogLevel } from "./log";

export interface ServerConfig {
  port: number;
  host: string;
  /** the built app; null serves the provider proxy only */
  distDir: string | null;
  publicHosts: string[];
  /** other sites whose pages may use the provider proxy (CORS and websocket Origin) */
  allowedOrigins: string[];
  trustedProxies: number;
  defaultNetwork: string | undefined;
  walletConnectProjectId: string | null;
  /** a local network's localnet.json, whose REST the proxy then serves (`serve` only) */
  localnetFile: string | null;
  limits: { ratePerMinute: number; burst: number; maxConcurrent: number };
  drain: { delayMs: number; deadlineMs: number };
  logLevel: LogLevel;
}

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const ENV = {
  PORT: int(0, 65535).default(4180),
  CONSOLE_HOST: z.string().min(1).default("127.0.0.1"),
  CONSOLE_DIST_DIR: z.string().default("dist"),
  CONSOLE_PUBLIC_HOSTS: z.string().default(""),
  CONSOLE_ALLOWED_ORIGINS: z.string().default(""),
  CONSOLE_TRUSTED_PROXIES: int(0, 10).default(0),
  CONSOLE_DEFAULT_NETWORK: z.string().min(1).optional(),
  WALLETCONNECT_PROJECT_ID: z.string().min(1).optional(),
  CONSOLE_LOCALNET_FILE: z.string().min(1).optional(),
  PROXY_RATE_LIMIT_PER_MINUTE: int(0, 1_000_000).default(1200),
  PROXY_RATE_BURST: int(1, 1_000_000).default(200),
  PROXY_MAX_CONCURRENT_PER_CLIENT: int(0, 1_000_000).default(64),
  CONSOLE_DRAIN_DELAY_MS: int(0, 600_000).default(0),
  CONSOLE_DRAIN_TIMEOUT_MS: int(0, 600_000).default(25_000),
  CONSOLE_LOG_LEVEL: z.enum(LOG_LEVELS as [LogLevel, ...LogLevel[]]).default("info"),
};

/** Every variable the server reads, for the docs test and `--help`. */
export const ENV_VARIABLES = Object.keys(ENV);

function parseOrigins(raw: string): string[] {
  try {
    return parseAllowedOrigins(raw);
  } catch (err) {
    throw new Error(`CONSOLE_ALLOWED_ORIGINS: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function loadServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const picked = Object.fromEntries(
    ENV_VARIABLES.map((k) => [k, env[k] === "" && k !== "CONSOLE_DIST_DIR" ? undefined : env[k]]),
  );
  const parsed = z.object(ENV).safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue?.path[0] ?? "environment")}: ${issue?.message ?? "invalid"}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.CONSOLE_HOST,
    distDir: e.CONSOLE_DIST_DIR === "" ? null : e.CONSOLE_DIST_DIR,
    publicHosts: parsePublicHosts(e.CONSOLE_PUBLIC_HOSTS),
    allowedOrigins: parseOrigins(e.CONSOLE_ALLOWED_ORIGINS),
    trustedProxies: e.CONSOLE_TRUSTED_PROXIES,
    defaultNetwork: e.CONSOLE_DEFAULT_NETWORK,
    walletConnectProjectId: e.WALLETCONNECT_PROJECT_ID ?? null,
    localnetFile: e.CONSOLE_LOCALNET_FILE ?? null,
    limits: {
      ratePerMinute: e.PROXY_RATE_LIMIT_PER_MINUTE,
      burst: e.PROXY_RATE_BURST,
      maxConcurrent: e.PROXY_MAX_CONCURRENT_PER_CLIENT,
    },
    drain: { delayMs: e.CONSOLE_DRAIN_DELAY_MS, deadlineMs: e.CONSOLE_DRAIN_TIMEOUT_MS },
    logLevel: e.CONSOLE_LOG_LEVEL,
  };
}

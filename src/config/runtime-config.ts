// Reads and validates /config.json against its contract (config-json.ts, shared with the server
// that writes it). Invalid config is an error the user sees, never a silent default.
import { runtimeConfigSchema } from "./config-json";
import { PRESET_NETWORKS, type NetworkConfig } from "./networks";

export interface AppConfig {
  defaultNetwork: string;
  networks: NetworkConfig[];
  walletConnectProjectId: string | null;
  /** null: no provider proxy is configured (a static host with none) */
  providerProxy: string | null;
}

export function toAppConfig(raw: unknown): AppConfig {
  const parsed = runtimeConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`The server's /config.json is invalid: ${parsed.error.message}`);
  const extra: NetworkConfig[] = parsed.data.networks.map((n) => ({
    ...n,
    gasPrice: 0.025,
    feeDenom: "uakt",
    deploymentDenom: "uact",
    txExplorer: null,
  }));
  const networks = [...extra, ...PRESET_NETWORKS.filter((p) => !extra.some((e) => e.id === p.id))];
  const defaultNetwork = networks.some((n) => n.id === parsed.data.defaultNetwork)
    ? parsed.data.defaultNetwork
    : (networks[0]?.id ?? "mainnet");
  return {
    defaultNetwork,
    networks,
    walletConnectProjectId: parsed.data.walletConnectProjectId,
    providerProxy: parsed.data.providerProxy,
  };
}

/**
 * config.json lives beside index.html, so the app works from any base path (`base`: the build's,
 * import.meta.env.BASE_URL, set by CONSOLE_BASE_PATH; see docs/self-hosting.md).
 */
export async function loadAppConfig(base: string, fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const res = await fetchImpl(`${base}config.json`, { cache: "no-store" });
  if (!res.ok)
    throw new Error(
      `Could not load ${base}config.json (HTTP ${res.status}). Is the console server running, or does the static host serve config.json beside index.html?`,
    );
  return toAppConfig(await res.json());
}

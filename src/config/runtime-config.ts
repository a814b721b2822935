// Reads and validates /config.json, which the console server writes at start (see
// server/runtime-config.ts). Invalid config is an error the user sees, never a silent default.
import * as z from "zod/mini";
import { PRESET_NETWORKS, type NetworkConfig } from "./networks";

const runtimeNetworkSchema = z.object({
  id: z.string(),
  name: z.string(),
  chainId: z.string(),
  rpc: z.array(z.string()),
  rest: z.array(z.string()),
  averageBlockTimeSec: z.number(),
  localWallet: z.boolean(),
  kind: z.enum(["mainnet", "sandbox", "local", "custom"]),
  walletConnectRelay: z.optional(z.string()),
});

const runtimeConfigSchema = z.object({
  defaultNetwork: z.string(),
  networks: z.array(runtimeNetworkSchema),
  walletConnectProjectId: z.nullable(z.string()),
  providerProxy: z.string(),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export interface AppConfig {
  defaultNetwork: string;
  networks: NetworkConfig[];
  walletConnectProjectId: string | null;
  providerProxy: string;
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

export async function loadAppConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const res = await fetchImpl("/config.json", { cache: "no-store" });
  if (!res.ok)
    throw new Error(`Could not load /config.json (HTTP ${res.status}). Is the console server running?`);
  return toAppConfig(await res.json());
}

// The /config.json contract: the console server writes it at start (server/runtime-config.ts),
// the browser validates it at boot (runtime-config.ts). One schema and one type for both sides;
// the server imports this file, the app never imports server/. Nothing secret ever goes here:
// it is served to any visitor.
import * as z from "zod/mini";

export const NETWORK_KINDS = ["mainnet", "sandbox", "local", "custom"] as const;

/** An auditor this network's operator vouches for by name (the chain stores only its address). */
export const knownAuditorSchema = z.object({ address: z.string(), name: z.string() });

export const runtimeNetworkSchema = z.object({
  id: z.string(),
  name: z.string(),
  chainId: z.string(),
  rpc: z.array(z.string()),
  rest: z.array(z.string()),
  averageBlockTimeSec: z.number(),
  /** offer the "local key" wallet (the server hands out a funded test key) */
  localWallet: z.boolean(),
  kind: z.enum(NETWORK_KINDS),
  /** a WalletConnect relay that serves this network (absent: WalletConnect's hosted relay) */
  walletConnectRelay: z.optional(z.string()),
  /** auditors of this network by name, so bids and providers name them instead of an address */
  knownAuditors: z.optional(z.array(knownAuditorSchema)),
});

export const runtimeConfigSchema = z.object({
  defaultNetwork: z.string(),
  /** networks offered in addition to the presets compiled into the app */
  networks: z.array(runtimeNetworkSchema),
  walletConnectProjectId: z.nullable(z.string()),
  /**
   * The provider proxy's URL: a path on this site ("/provider-proxy", the console server) or
   * another origin's ("https://proxy.example.com/provider-proxy", which must list this site in
   * CONSOLE_ALLOWED_ORIGINS). null: no proxy, so provider access (status, logs, shell, manifest)
   * is unavailable and the pages that need it say so; everything on chain still works.
   */
  providerProxy: z.nullable(z.string()),
});

export type RuntimeNetwork = z.infer<typeof runtimeNetworkSchema>;
export type KnownAuditor = z.infer<typeof knownAuditorSchema>;
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

// Entry point the local chain calls once it produces blocks: starts the simulated providers, each
// a separate chain client with its own key and gateway, then has the localnet auditor sign the
// attributes of the audited ones. See docs/localnet-providers.md.
import path from "node:path";
import { createRestClient } from "./chain/rest.ts";
import { createSigner } from "./chain/signer.ts";
import type { ProviderFault, RunningProviders, StartProviders } from "./contract.ts";
import { createLogger } from "./logger.ts";
import { profileFor, type ProviderProfile } from "./profiles.ts";
import { type ProviderNode, startProviderNode } from "./provider.ts";
import { ensureAudited } from "./registration.ts";

export type { RunningProviders, StartProviders, ProviderFault } from "./contract.ts";

/** The reclamation window override for every provider (undefined keeps each profile's). */
const withWindow = (p: ProviderProfile, sec: number | null | undefined): ProviderProfile =>
  sec === undefined ? p : { ...p, reclamationWindowSec: sec };

export const startProviders: StartProviders = async (opts) => {
  const started: ProviderNode[] = [];
  try {
    const results = await Promise.allSettled(
      opts.providers.map((account, i) =>
        startProviderNode({
          account,
          profile: withWindow(profileFor(i), opts.reclamationWindowSec),
          rpc: opts.rpc,
          rest: opts.rest,
          port: opts.basePort === 0 ? 0 : opts.basePort + i,
          dataDir: path.join(opts.dataDir),
          blockTimeMs: opts.blockTimeMs,
          withdrawPeriodMs: opts.withdrawPeriodMs,
          fundsCheckIntervalMs: opts.fundsCheckIntervalMs,
          log: createLogger(account.name),
        }),
      ),
    );
    for (const r of results) if (r.status === "fulfilled") started.push(r.value);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    const auditor = await createSigner({
      mnemonic: opts.auditor.mnemonic,
      rpc: opts.rpc,
      blockTimeMs: opts.blockTimeMs,
    });
    try {
      const audited = started
        .filter((n) => n.info.audited)
        .map((n) => ({ address: n.info.address, attributes: n.attributes }));
      await ensureAudited(auditor, createRestClient(opts.rest), audited);
    } finally {
      auditor.disconnect();
    }
  } catch (err) {
    await Promise.allSettled(started.map((n) => n.stop()));
    throw err;
  }
  const find = (who: string): ProviderNode => {
    const node = started.find((n) => n.info.name === who || n.info.address === who);
    if (!node) throw new Error(`unknown provider ${who}`);
    return node;
  };
  const running: RunningProviders = {
    providers: started.map((n) => n.info),
    setFault: (who: string, fault: ProviderFault | null) => find(who).setFault(fault),
    setReclamationWindow: (who, sec) => find(who).setReclamationWindow(sec),
    startReclaim: (who, lease, reason) => find(who).startReclaim(lease, reason),
    stop: async () => {
      await Promise.allSettled(started.map((n) => n.stop()));
    },
  };
  return running;
};

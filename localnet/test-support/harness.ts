// Starts a throwaway in-process localnet for a test file: temp data dir, free ports, fast blocks,
// no simulated providers (tests register their own provider key).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalnet, type LocalnetOptions, type RunningLocalnet } from "../index.ts";

export interface TestNet {
  net: RunningLocalnet;
  dataDir: string;
  mnemonic(name: string): string;
  address(name: string): string;
  close(): Promise<void>;
}

export async function startTestNet(opts: LocalnetOptions = {}): Promise<TestNet> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), "localnet-test-"));
  const net = await startLocalnet({
    blockTimeMs: 100,
    rpcPort: 0,
    restPort: 0,
    adminPort: 0,
    relayPort: 0,
    providers: 0,
    ...opts,
    dataDir,
  });
  const find = (name: string) => {
    const a = net.info.accounts.find((x) => x.name === name);
    if (!a) throw new Error(`no account ${name}`);
    return a;
  };
  return {
    net,
    dataDir,
    mnemonic: (n) => find(n).mnemonic,
    address: (n) => find(n).address,
    async close() {
      await net.stop();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function waitFor<T>(
  fn: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error("waitFor timed out");
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

// `npm run localnet -- [flags]`: parses flags, runs startLocalnet, prints the ready line and stops
// cleanly (snapshotting state) on SIGINT/SIGTERM.

import { parseArgs } from "node:util";
import { DEFAULTS } from "./config.ts";
import { startLocalnet } from "./index.ts";

function int(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${v}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "data-dir": { type: "string" },
      "block-time-ms": { type: "string" },
      "rpc-port": { type: "string" },
      "rest-port": { type: "string" },
      "admin-port": { type: "string" },
      providers: { type: "string" },
      "provider-base-port": { type: "string" },
      "relay-port": { type: "string" },
      reset: { type: "boolean", default: false },
    },
    strict: true,
  });
  const blockTimeMs = int("block-time-ms", values["block-time-ms"], DEFAULTS.blockTimeMs);
  if (blockTimeMs < 10) throw new Error("--block-time-ms must be at least 10");
  const net = await startLocalnet({
    dataDir: values["data-dir"] ?? DEFAULTS.dataDir,
    blockTimeMs,
    rpcPort: int("rpc-port", values["rpc-port"], DEFAULTS.rpcPort),
    restPort: int("rest-port", values["rest-port"], DEFAULTS.restPort),
    adminPort: int("admin-port", values["admin-port"], DEFAULTS.adminPort),
    providers: int("providers", values.providers, DEFAULTS.providers),
    providerBasePort: int("provider-base-port", values["provider-base-port"], DEFAULTS.providerBasePort),
    relayPort: int("relay-port", values["relay-port"], DEFAULTS.relayPort),
    reset: values.reset,
  });
  process.stdout.write(`LOCALNET_READY ${JSON.stringify(net.info)}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`localnet: ${signal}, stopping\n`);
    net.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error("localnet: stop failed", e);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  console.error(`localnet: ${(e as Error).message}`);
  process.exit(1);
});

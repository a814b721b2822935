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

/** "90s", "30m", "24h" → seconds; "none" → null (only where allowed). */
function duration(name: string, v: string | undefined, allowNone = false): number | null | undefined {
  if (v === undefined) return undefined;
  if (allowNone && v === "none") return null;
  const m = /^(\d+)(s|m|h)$/.exec(v);
  if (!m)
    throw new Error(`--${name} must look like 90s, 30m or 24h${allowNone ? ", or none" : ""}; got ${v}`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as "s" | "m" | "h"];
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
      "min-reclamation-window": { type: "string" },
      "max-reclamation-window": { type: "string" },
      "provider-reclamation-window": { type: "string" },
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
    market: {
      minReclamationWindowSec:
        duration("min-reclamation-window", values["min-reclamation-window"]) ?? undefined,
      maxReclamationWindowSec:
        duration("max-reclamation-window", values["max-reclamation-window"]) ?? undefined,
    },
    providerReclamationWindowSec: duration(
      "provider-reclamation-window",
      values["provider-reclamation-window"],
      true,
    ),
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

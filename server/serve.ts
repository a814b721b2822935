// `npm run serve`: the console server for hosting: the built app and the provider proxy, or the
// proxy alone (CONSOLE_DIST_DIR=""), configured only from the environment (docs/self-hosting.md).
// It keeps no per-user state, so any number of instances can run behind a balancer; SIGTERM
// drains it (/readyz turns 503, websocket relays are asked to reconnect elsewhere, requests in
// flight finish). It never hands out a key: a local network given by CONSOLE_LOCALNET_FILE is
// offered and proxied, but its accounts stay in that file.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { composeServer } from "./compose";
import { loadServerConfig, type ServerConfig } from "./config";
import { stopOnExit } from "./lifecycle";
import { createLogger } from "./log";
import type { LocalnetInfo } from "./runtime-config";

async function readLocalnet(file: string): Promise<LocalnetInfo> {
  const raw = JSON.parse(await readFile(file, "utf8")) as LocalnetInfo;
  if (typeof raw.chainId !== "string" || typeof raw.rest !== "string" || typeof raw.rpc !== "string")
    throw new Error(`CONSOLE_LOCALNET_FILE: ${file} is not a localnet.json.`);
  return { chainId: raw.chainId, rpc: raw.rpc, rest: raw.rest, blockTimeMs: raw.blockTimeMs, accounts: [] };
}

let config: ServerConfig;
try {
  config = loadServerConfig(process.env);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
const log = createLogger({ level: config.logLevel });
const lifecycle = stopOnExit({ drain: config.drain, log, cleanups: [] });

async function main(): Promise<void> {
  const localnet = config.localnetFile ? await readLocalnet(config.localnetFile) : null;
  const distDir = config.distDir === null ? null : resolve(config.distDir);
  const { app } = composeServer({ ...config, distDir }, { localnet, localWallet: null, log });
  lifecycle.attach(app);
  const url = await app.listen(config.port, config.host);
  log.info("server.listening", {
    url,
    pid: process.pid,
    dist: distDir,
    publicHosts: config.publicHosts,
    allowedOrigins: config.allowedOrigins,
    localnet: localnet?.chainId ?? null,
  });
}

main().catch((err: unknown) => {
  log.error("server.start.failed", { message: err instanceof Error ? err.message : String(err) });
  void lifecycle.stop("startup failed", 1);
});

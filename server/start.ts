// `npm start`: builds the app when needed, starts the local network (chain + providers) and
// the console server pointed at it, prints the URL, and stops everything it started whenever it
// stops: Ctrl-C, SIGTERM, a crash, or the local network dying.
// Flags: --port N (4180) --host H (127.0.0.1) --no-localnet --no-build --dist DIR
//        --network ID (default network) --wallet-connect-project-id ID, which override the
//        environment (docs/self-hosting.md), and every localnet flag (--data-dir, --reset,
//        --block-time-ms, --providers, --rpc-port, --rest-port, ...), passed through.
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isBuildStale, runViteBuild } from "./build-if-needed";
import { composeServer } from "./compose";
import { loadServerConfig, type ServerConfig } from "./config";
import { stopOnExit } from "./lifecycle";
import { startLocalnetProcess, type LocalnetProcess } from "./localnet-process";
import { createLogger } from "./log";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
// Console flags and the environment variable each one overrides.
const CONSOLE_FLAGS: Record<string, string | null> = {
  port: "PORT",
  host: "CONSOLE_HOST",
  dist: "CONSOLE_DIST_DIR",
  network: "CONSOLE_DEFAULT_NETWORK",
  "wallet-connect-project-id": "WALLETCONNECT_PROJECT_ID",
  "no-localnet": null,
  "no-build": null,
};

function parseCli() {
  const { values, tokens } = parseArgs({
    strict: false,
    tokens: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "no-localnet": { type: "boolean", default: false },
      "no-build": { type: "boolean", default: false },
      dist: { type: "string" },
      network: { type: "string" },
      "wallet-connect-project-id": { type: "string" },
    },
  });
  // Everything that is not a console flag belongs to the local network.
  const localnetArgs: string[] = [];
  // Unknown options parse as booleans, so "--data-dir DIR" leaves DIR as a positional: keep it.
  let passing = false;
  for (const token of tokens ?? []) {
    if (token.kind === "positional" && passing) localnetArgs.push(token.value);
    passing = token.kind === "option" && !(token.name in CONSOLE_FLAGS);
    if (!passing || token.kind !== "option") continue;
    localnetArgs.push(token.rawName);
    if (token.value !== undefined) localnetArgs.push(token.value);
  }
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [flag, variable] of Object.entries(CONSOLE_FLAGS))
    if (variable && typeof values[flag] === "string") env[variable] = values[flag];
  // A newcomer's terminal shows warnings, not a JSON line per provider request, and Ctrl-C
  // does not wait long for a slow provider.
  env.CONSOLE_LOG_LEVEL ??= "warn";
  env.CONSOLE_DRAIN_TIMEOUT_MS ??= "5000";
  return { values, env, localnetArgs };
}

async function main(config: ServerConfig, cli: ReturnType<typeof parseCli>): Promise<void> {
  const { values, localnetArgs } = cli;
  const distDir = resolve(root, config.distDir ?? "dist");
  if (!values["no-build"] && (await isBuildStale(root, distDir))) {
    console.log("Building the console…");
    await runViteBuild(root, distDir);
  }

  let localnet: LocalnetProcess | null = null;
  if (!values["no-localnet"]) {
    console.log("Starting the local network…");
    localnet = await startLocalnetProcess(root, localnetArgs);
    const started = localnet;
    cleanups.push(() => started.stop());
    localnet.onUnexpectedExit((code) => {
      console.error(`The local network stopped unexpectedly (code ${code}); stopping the console.`);
      void lifecycle.stop("localnet exited", 1);
    });
  }

  const { app } = composeServer(
    { ...config, distDir },
    {
      localnet: localnet?.info ?? null,
      localWallet: localnet?.info.accounts.find((a) => a.name === "tenant") ?? null,
      log,
    },
  );
  lifecycle.attach(app);
  const url = await app.listen(config.port, config.host);

  console.log(`\nConsole ready: ${url}`);
  if (localnet) console.log(`Local network: RPC ${localnet.info.rpc}  REST ${localnet.info.rest}`);
  console.log("Press Ctrl-C to stop.");
  // For scripts and tests. Mnemonics stay out of logs: they are in the data dir's localnet.json.
  const dataDirAt = localnetArgs.indexOf("--data-dir");
  const dataDir = resolve(root, dataDirAt >= 0 ? (localnetArgs[dataDirAt + 1] ?? ".localnet") : ".localnet");
  const publicInfo = localnet
    ? {
        ...localnet.info,
        accounts: localnet.info.accounts.map(({ name, address }) => ({ name, address })),
        pid: localnet.pid,
      }
    : null;
  const localnetFile = localnet ? resolve(dataDir, "localnet.json") : null;
  console.log(`CONSOLE_READY ${JSON.stringify({ url, localnet: publicInfo, localnetFile })}`);
}

const cli = parseCli();
let config: ServerConfig;
try {
  config = loadServerConfig(cli.env);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
const log = createLogger({ level: config.logLevel });
const cleanups: (() => Promise<void>)[] = [];
const lifecycle = stopOnExit({ drain: config.drain, log, cleanups });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => console.log("\nStopping…"));
main(config, cli).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  void lifecycle.stop("startup failed", 1);
});

// `npm start`: builds the app when needed, starts the local network (chain + providers) and
// the console server pointed at it, prints the URL, and stops everything on Ctrl-C.
// Flags: --port N (4180) --host H (127.0.0.1) --no-localnet --no-build --dist DIR
//        --network ID (default network) and every localnet flag (--data-dir, --reset,
//        --block-time-ms, --providers, --rpc-port, --rest-port, ...), passed through.
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createConsoleServer } from "./app";
import { buildRuntimeConfig } from "./runtime-config";
import { isBuildStale, runViteBuild } from "./build-if-needed";
import { startLocalnetProcess, type LocalnetProcess } from "./localnet-process";
import { extraRoutes } from "./routes";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const CONSOLE_FLAGS = new Set([
  "port",
  "host",
  "no-localnet",
  "no-build",
  "dist",
  "network",
  "wallet-connect-project-id",
]);

function parseCli() {
  const { values, tokens } = parseArgs({
    strict: false,
    tokens: true,
    options: {
      port: { type: "string", default: "4180" },
      host: { type: "string", default: "127.0.0.1" },
      "no-localnet": { type: "boolean", default: false },
      "no-build": { type: "boolean", default: false },
      dist: { type: "string", default: "dist" },
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
    passing = token.kind === "option" && !CONSOLE_FLAGS.has(token.name);
    if (!passing || token.kind !== "option") continue;
    localnetArgs.push(token.rawName);
    if (token.value !== undefined) localnetArgs.push(token.value);
  }
  return { values, localnetArgs };
}

async function main(): Promise<void> {
  const { values, localnetArgs } = parseCli();
  const distDir = resolve(root, String(values.dist));
  if (!values["no-build"] && (await isBuildStale(root, distDir))) {
    console.log("Building the console…");
    await runViteBuild(root, distDir);
  }

  let localnet: LocalnetProcess | null = null;
  if (!values["no-localnet"]) {
    console.log("Starting the local network…");
    localnet = await startLocalnetProcess(root, localnetArgs);
  }

  const tenant = localnet?.info.accounts.find((a) => a.name === "tenant") ?? null;
  const projectId = values["wallet-connect-project-id"] ?? process.env.WALLETCONNECT_PROJECT_ID ?? null;
  const app = createConsoleServer({
    distDir,
    runtimeConfig: buildRuntimeConfig({
      localnet: localnet?.info ?? null,
      defaultNetwork: typeof values.network === "string" ? values.network : undefined,
      walletConnectProjectId: typeof projectId === "string" ? projectId : null,
    }),
    localWallet: tenant,
    ...extraRoutes({ localnet: localnet?.info ?? null }),
  });
  const url = await app.listen(Number(values.port), String(values.host));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    await app.close();
    await localnet?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());

  console.log(`\nConsole ready: ${url}`);
  if (localnet) console.log(`Local network: RPC ${localnet.info.rpc}  REST ${localnet.info.rest}`);
  console.log("Press Ctrl-C to stop.");
  // For scripts and tests. Mnemonics stay out of logs: they are in the data dir's localnet.json.
  const dataDirAt = localnetArgs.indexOf("--data-dir");
  const dataDir = resolve(root, dataDirAt >= 0 ? (localnetArgs[dataDirAt + 1] ?? ".localnet") : ".localnet");
  const publicInfo = localnet
    ? { ...localnet.info, accounts: localnet.info.accounts.map(({ name, address }) => ({ name, address })) }
    : null;
  const localnetFile = localnet ? resolve(dataDir, "localnet.json") : null;
  console.log(`CONSOLE_READY ${JSON.stringify({ url, localnet: publicInfo, localnetFile })}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

// Playwright global setup: build the app into a throwaway dir, start the stack on free ports,
// hand its URLs to the tests through the environment, and stop it all afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runViteBuild } from "../../server/build-if-needed";
import { startStack } from "./stack";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "akash-console-e2e-"));
  const distDir = process.env.E2E_DIST ?? join(dir, "dist");
  if (!process.env.E2E_DIST) await runViteBuild(root, distDir);

  const args = [
    "--no-build",
    "--dist",
    distDir,
    "--port",
    "0",
    "--data-dir",
    join(dir, "localnet"),
    "--reset",
  ];
  args.push("--rpc-port", "0", "--rest-port", "0", "--admin-port", "0", "--provider-base-port", "0");
  args.push("--relay-port", "0");
  args.push("--block-time-ms", process.env.E2E_BLOCK_TIME_MS ?? "1000");
  // Market bounds of the reclamation window (mainnet 1 h .. 720 h): a journey cannot wait an hour
  // for an SDL window to pass (e2e/reclaim-deadline.spec.ts).
  args.push("--min-reclamation-window", "10s");
  const stack = await startStack(root, args);
  process.env.E2E_STACK = JSON.stringify(stack.info);
  process.env.E2E_BASE_URL = stack.info.url;
  // This run's scratch directory (removed at the end): specs keep what every project shares here.
  process.env.E2E_RUN_DIR = dir;

  return async () => {
    await stack.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

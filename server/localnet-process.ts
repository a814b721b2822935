// Owns the local network child process that `npm start` runs: spawns `localnet/cli.ts`,
// waits for its LOCALNET_READY line, relays its output, and stops it on shutdown.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import type { LocalnetInfo } from "./runtime-config";

export interface LocalnetProcess {
  info: LocalnetInfo & Record<string, unknown>;
  stop(): Promise<void>;
}

const READY_PREFIX = "LOCALNET_READY ";

export function startLocalnetProcess(
  root: string,
  args: string[],
  timeoutMs = 120_000,
): Promise<LocalnetProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "localnet/cli.ts", ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  createInterface({ input: child.stderr! }).on("line", (line) => console.error(`[localnet] ${line}`));

  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      fail(new Error(`The local network did not become ready within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(
        new Error(
          `The local network exited before it was ready (code ${code}). See the [localnet] lines above.`,
        ),
      );
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith(READY_PREFIX)) {
        console.log(`[localnet] ${line}`);
        return;
      }
      clearTimeout(timer);
      child.removeAllListeners("exit");
      const info = JSON.parse(line.slice(READY_PREFIX.length)) as LocalnetProcess["info"];
      done({ info, stop: () => stopChild(child) });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    child.kill("SIGTERM");
  });
}

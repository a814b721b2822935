// Owns the local network child process that `npm start` runs: spawns `localnet/cli.ts`,
// waits for its LOCALNET_READY line, relays its output, and stops it on shutdown.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LocalnetInfo } from "./runtime-config";

export interface LocalnetProcess {
  info: LocalnetInfo & Record<string, unknown>;
  pid: number;
  stop(): Promise<void>;
  /** called if the local network exits on its own (a crash), not when stop() stopped it */
  onUnexpectedExit(listener: (code: number | null) => void): void;
}

const EXIT_WITH_PARENT = pathToFileURL(fileURLToPath(new URL("./exit-with-parent.ts", import.meta.url))).href;

const READY_PREFIX = "LOCALNET_READY ";

export function startLocalnetProcess(
  root: string,
  args: string[],
  timeoutMs = 120_000,
): Promise<LocalnetProcess> {
  // stdin is a pipe held by this process only: see exit-with-parent.ts.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", EXIT_WITH_PARENT, "localnet/cli.ts", ...args],
    { cwd: root, stdio: ["pipe", "pipe", "pipe"] },
  );
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
      let stopping = false;
      done({
        info,
        pid: child.pid ?? 0,
        stop: () => {
          stopping = true;
          return stopChild(child);
        },
        onUnexpectedExit: (listener) =>
          child.once("exit", (code) => {
            if (!stopping) listener(code);
          }),
      });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    child.kill("SIGTERM");
  });
}

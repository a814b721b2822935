// Starts the same stack users run (`npm start`: local network + console server) on free
// loopback ports in a throwaway data dir, and reads back its URLs.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

export interface StackInfo {
  url: string;
  /** the local network's localnet.json (a separately started proxy reads it) */
  localnetFile?: string | null;
  localnet: {
    chainId: string;
    rpc: string;
    rest: string;
    admin: string;
    /** the local WalletConnect relay */
    walletConnectRelay: string;
    blockTimeMs: number;
    accounts: { name: string; address: string; mnemonic: string }[];
    providers: {
      name: string;
      address: string;
      hostUri: string;
      region: string;
      organization: string;
      audited: boolean;
    }[];
  } | null;
}

export interface RunningStack {
  info: StackInfo;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function startStack(root: string, args: string[], timeoutMs = 180_000): Promise<RunningStack> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/start.ts", ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env },
  });
  const log: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (l) => {
    log.push(l);
    if (process.env.E2E_STACK_LOG) console.error(`[stack] ${l}`);
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`The stack did not start within ${timeoutMs / 1000} s:\n${log.slice(-30).join("\n")}`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`The stack exited (code ${code}) before it was ready:\n${log.slice(-30).join("\n")}`));
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (process.env.E2E_STACK_LOG) console.log(`[stack] ${line}`);
      if (!line.startsWith("CONSOLE_READY ")) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      const ready = JSON.parse(line.slice("CONSOLE_READY ".length)) as StackInfo & {
        localnetFile: string | null;
      };
      // The ready line carries no mnemonics; the test accounts' keys are read from localnet.json.
      const info: StackInfo = { url: ready.url, localnet: ready.localnet, localnetFile: ready.localnetFile };
      if (info.localnet && ready.localnetFile) {
        const file = JSON.parse(readFileSync(ready.localnetFile, "utf8")) as NonNullable<
          StackInfo["localnet"]
        >;
        info.localnet = { ...info.localnet, accounts: file.accounts };
      }
      done({
        info,
        child,
        stop: () =>
          new Promise<void>((stopped) => {
            if (child.exitCode !== null) return stopped();
            const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
            child.once("exit", () => {
              clearTimeout(force);
              stopped();
            });
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

/** What the specs see: the stack they run against always has the local network. */
export type E2eStack = StackInfo & { localnet: NonNullable<StackInfo["localnet"]> };

export function readStackInfo(): E2eStack {
  const raw = process.env.E2E_STACK;
  if (!raw)
    throw new Error(
      "E2E_STACK is not set: run the specs through `npm run e2e` so global-setup starts the stack.",
    );
  const info = JSON.parse(raw) as StackInfo;
  if (!info.localnet)
    throw new Error("The e2e stack started without the local network; every journey needs it.");
  return { ...info, localnet: info.localnet };
}

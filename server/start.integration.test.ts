// `npm start` stops what it started, however it dies: a signal, an uncaught exception, SIGKILL
// (no handler runs at all), a failure to listen, or its local network dying. Real processes:
// server/start.ts with a local network of no providers.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const CRASH_HOOK = pathToFileURL(join(root, "server/testing/crash-on-signal.ts")).href;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // An orphan reaped late is a zombie: it holds no port and runs no code.
  const stat = (() => {
    try {
      return readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      return "";
    }
  })();
  return !/^\d+ \(.*\) Z/.test(stat);
}

interface Started {
  child: ChildProcess;
  url: string;
  localnet: { pid: number; rpc: string };
  exited: Promise<number | null>;
  output: string[];
}

async function startConsole(opts: { port?: number; dir?: string } = {}): Promise<Started> {
  const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), "console-start-")));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, "index.html"), "<!doctype html><title>console</title>");
  const args = [
    ...["--import", "tsx", "--import", CRASH_HOOK, "server/start.ts", "--no-build", "--dist", dir],
    ...["--port", String(opts.port ?? 0), "--data-dir", join(dir, "localnet"), "--reset", "--providers", "0"],
    ...["--rpc-port", "0", "--rest-port", "0", "--admin-port", "0", "--provider-base-port", "0"],
  ];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (l) => output.push(l));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const ready = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no CONSOLE_READY:\n${output.join("\n")}`)), 60_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      output.push(line);
      if (line.startsWith("CONSOLE_READY ")) {
        clearTimeout(timer);
        done(line.slice("CONSOLE_READY ".length));
      }
    });
    void exited.then((code) => fail(new Error(`start.ts exited (${code}):\n${output.join("\n")}`)));
  }).catch((err: unknown) => {
    throw err;
  });
  const info = JSON.parse(ready) as { url: string; localnet: { pid: number; rpc: string } };
  cleanups.push(async () => {
    if (isRunning(info.localnet.pid)) process.kill(info.localnet.pid, "SIGKILL");
  });
  expect(isRunning(info.localnet.pid)).toBe(true);
  expect((await fetch(`${info.localnet.rpc}/status`)).ok).toBe(true);
  return { child, url: info.url, localnet: info.localnet, exited, output };
}

async function expectStopped(started: Started): Promise<void> {
  await expect.poll(() => isRunning(started.localnet.pid), { timeout: 20_000 }).toBe(false);
  await expect(fetch(`${started.localnet.rpc}/status`)).rejects.toThrow();
  await expect(fetch(`${started.url}/healthz`)).rejects.toThrow();
}

describe("npm start stops what it started", () => {
  it("on SIGTERM: drains, stops the local network, exits 0", async () => {
    const started = await startConsole();
    started.child.kill("SIGTERM");
    expect(await started.exited).toBe(0);
    await expectStopped(started);
  });

  it("on an uncaught exception: logs it, stops the local network, exits 1", async () => {
    const started = await startConsole();
    started.child.kill("SIGUSR2");
    expect(await started.exited).toBe(1);
    await expectStopped(started);
    expect(started.output.join("\n")).toMatch(/server\.crashed.*injected crash/);
  });

  it("on SIGKILL, when no handler can run: the local network sees its parent gone and stops", async () => {
    const started = await startConsole();
    started.child.kill("SIGKILL");
    await started.exited;
    await expectStopped(started);
  });

  it("when the console cannot listen: stops the local network it had started", async () => {
    const blocker = createServer();
    const port = await new Promise<number>((done) =>
      blocker.listen(0, "127.0.0.1", () => done((blocker.address() as { port: number }).port)),
    );
    cleanups.push(() => new Promise((done) => blocker.close(() => done())));
    const dir = await mkdtemp(join(tmpdir(), "console-start-"));
    await expect(startConsole({ port, dir })).rejects.toThrow(/exited \(1\)[\s\S]*EADDRINUSE/);
    // The local network got as far as writing its endpoints; they must be closed now.
    const { rpc } = JSON.parse(readFileSync(join(dir, "localnet", "localnet.json"), "utf8")) as {
      rpc: string;
    };
    await expect(fetch(`${rpc}/status`)).rejects.toThrow();
  });

  it("when the local network dies: stops the console, exits 1", async () => {
    const started = await startConsole();
    process.kill(started.localnet.pid, "SIGKILL");
    expect(await started.exited).toBe(1);
    await expectStopped(started);
    expect(started.output.join("\n")).toMatch(/local network stopped unexpectedly/);
  });
});

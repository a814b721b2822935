// The per-account lock: exclusive, says who holds it, waits up to a deadline, takes over a lock
// whose process is gone, and is released on the way out.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EXIT } from "./errors";
import { acquireLock, lockPath } from "./lock";

const dirs: string[] = [];
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
});

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), "cli-lock-"));
  dirs.push(dir);
  return lockPath("akash1owner", dir);
}

describe("the account lock", () => {
  it("refuses a second holder with the first one's pid and command, then frees on release", async () => {
    const path = await setup();
    const first = await acquireLock(path, "deploy", { waitMs: 0 });
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ pid: process.pid, command: "deploy" });
    await expect(acquireLock(path, "close", { waitMs: 0 })).rejects.toMatchObject({
      exitCode: EXIT.LOCKED,
      message: expect.stringMatching(new RegExp(`pid ${process.pid}, "deploy"`)),
    });
    await first.release();
    const second = await acquireLock(path, "close", { waitMs: 0 });
    await second.release();
  });

  it("waits for the holder to finish, telling once that it waits", async () => {
    const path = await setup();
    const first = await acquireLock(path, "deploy", { waitMs: 0 });
    const waits: unknown[] = [];
    const second = acquireLock(path, "deposit", { waitMs: 5_000, pollMs: 20, onWait: (h) => waits.push(h) });
    setTimeout(() => void first.release(), 100);
    await (await second).release();
    expect(waits).toHaveLength(1);
  });

  it("takes over a lock whose process is gone", async () => {
    const path = await setup();
    // A pid far above any real one: no such process.
    await writeFile(path, JSON.stringify({ pid: 2 ** 30, command: "deploy", since: "2026-01-01T00:00:00Z" }));
    const lock = await acquireLock(path, "close", { waitMs: 0 });
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ pid: process.pid, command: "close" });
    await lock.release();
  });
});

// One mutation at a time per account: a lock file (created with O_EXCL, so only one process can
// make it) naming the holder's pid, command and start time. A second mutation waits for it up to
// a deadline, then fails with EXIT.LOCKED and says who holds it. A lock whose process is gone
// (killed, crashed) is stale: it is taken over, never waited on forever.
import { open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { CliError, EXIT } from "./errors";

export interface LockHolder {
  pid: number;
  command: string;
  since: string;
}

export function lockPath(address: string, dir: string = tmpdir()): string {
  return join(dir, `akash-console-${address}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function holderOf(path: string): Promise<LockHolder | null> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

async function tryCreate(path: string, me: LockHolder): Promise<boolean> {
  try {
    const handle = await open(path, "wx", 0o600);
    await handle.writeFile(JSON.stringify(me));
    await handle.close();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
}

export interface HeldLock {
  release(): Promise<void>;
}

export async function acquireLock(
  path: string,
  command: string,
  opts: { waitMs: number; onWait?: (holder: LockHolder | null) => void; pollMs?: number },
): Promise<HeldLock> {
  const me: LockHolder = { pid: process.pid, command, since: new Date().toISOString() };
  const deadline = Date.now() + opts.waitMs;
  let told = false;
  for (;;) {
    if (await tryCreate(path, me)) {
      const release = () => rm(path, { force: true });
      const onExit = () => void release();
      process.once("exit", onExit);
      return {
        release: async () => {
          process.off("exit", onExit);
          await release();
        },
      };
    }
    const holder = await holderOf(path);
    // A holder that is gone, or a file half-written by one that died: take it over.
    if (holder && !alive(holder.pid)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline)
      throw new CliError(
        EXIT.LOCKED,
        holder
          ? `Another mutation on this account is running (pid ${holder.pid}, "${holder.command}", since ${holder.since}); gave up after ${Math.round(opts.waitMs / 1000)} s. Lock file: ${path}`
          : `The account's lock file ${path} is held; gave up after ${Math.round(opts.waitMs / 1000)} s.`,
      );
    if (!told) {
      opts.onWait?.(holder);
      told = true;
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 250));
  }
}

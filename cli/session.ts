// A command's session: the environment, the key, the REST client, the receipts file and (for a
// mutation) the account lock, which is taken before anything is read for signing and released
// on the way out, whatever happens.
import { accountFromMnemonic, chainIdOf, readEnv, restClient, type Account, type CliEnv } from "./context";
import { acquireLock, lockPath, type HeldLock } from "./lock";
import { ReceiptsFile } from "./receipts-file";
import { createTxRunner, type TxRunner } from "./tx";
import type { RestClient } from "../src/lib/rest-client";

export interface Session {
  env: CliEnv;
  account: Account;
  rest: RestClient;
  receipts: ReceiptsFile;
  tx: TxRunner;
  log(text: string): void;
}

export async function withSession<T>(
  command: string,
  opts: { mutation: boolean; reason: string | null; processEnv: NodeJS.ProcessEnv },
  body: (s: Session) => Promise<T>,
): Promise<T> {
  const env = readEnv(opts.processEnv);
  env.chainId = await chainIdOf(env);
  const account = await accountFromMnemonic(opts.processEnv);
  const log = (text: string) => process.stderr.write(`${text}\n`);
  let lock: HeldLock | null = null;
  if (opts.mutation)
    lock = await acquireLock(lockPath(account.address, env.lockDir), command, {
      waitMs: env.lockWaitMs,
      onWait: (h) =>
        log(
          `Waiting for another mutation on ${account.address}${h ? ` (pid ${h.pid}, "${h.command}")` : ""}…`,
        ),
    });
  try {
    const receipts = new ReceiptsFile(env.receipts, (text) => account.attest(text));
    // A broken receipts file stops a mutation before anything is signed.
    if (opts.mutation) await receipts.read();
    const tx = await createTxRunner(env, account, receipts, {
      reason: opts.reason,
      onPhase: (p) => log(`  ${p}`),
    });
    try {
      return await body({ env, account, rest: restClient(env), receipts, tx, log });
    } finally {
      tx.close();
    }
  } finally {
    await lock?.release();
  }
}

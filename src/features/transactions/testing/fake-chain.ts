// A chain and a wallet that behave like the real ones at the pipeline's port boundary: sequences,
// CheckTx answers (sequence mismatch included), a broadcast whose answer is lost, delivery codes,
// and a transaction that is never included. The pipeline's tests and the write actions' tests run
// against it; `onIncluded` lets a test change what its fake REST gateway answers afterwards, the
// way a block changes state.
import type { ConnectChain } from "../hooks/chain-connection";
import { NotBroadcastError, PrepareSignError } from "../pipeline/errors";
import type { IncludedTx } from "../pipeline/ports";
import { txHashOf } from "../pipeline/sign-and-broadcast";
import type { ChainPorts } from "../signing/chain-ports";
import type { Fee, TxMessage } from "../types";

export interface FakeChainOptions {
  simulateError?: string;
  walletError?: string | { message: string; code: number };
  /** reading the account before signing fails (the wallet is never asked) */
  prepareError?: string;
  /** every node answers the broadcast 503: it is never taken */
  notTaken?: boolean;
  /** CheckTx answers for successive broadcasts; default accepted */
  checkTx?: { code: number; codespace?: string; log?: string }[];
  /** the broadcast request fails on the wire, but the node got it */
  broadcastLost?: boolean;
  /** DeliverTx result code, or "never" to never include */
  deliver?: number | "never";
  /** the height transactions are included at */
  height?: number;
  /** called with the messages of each transaction as it is included with code 0 */
  onIncluded?(messages: TxMessage[]): void;
}

// Bytes a test can tell apart: what was signed, with which sequence. bigint values become text.
const encode = (value: unknown) =>
  new TextEncoder().encode(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)),
  );

export function fakeChain(opts: FakeChainOptions = {}) {
  let sequence = 7;
  const signedSequences: number[] = [];
  const signedFees: Fee[] = [];
  const broadcasts: string[] = [];
  const sent: TxMessage[][] = [];
  const included = new Map<string, IncludedTx>();
  const signed = new Map<string, TxMessage[]>();
  const checkTx = [...(opts.checkTx ?? [])];

  const ports: ChainPorts = {
    simulate: async () => {
      if (opts.simulateError) throw new Error(opts.simulateError);
      return 100_000;
    },
    sign: async (messages, fee, _memo, given) => {
      if (opts.prepareError) throw new PrepareSignError(opts.prepareError);
      const walletError = opts.walletError;
      if (typeof walletError === "string") throw new Error(walletError);
      if (walletError) throw Object.assign(new Error(walletError.message), { code: walletError.code });
      const used = given ?? sequence;
      signedSequences.push(used);
      signedFees.push(fee);
      const bytes = encode({ messages, fee, sequence: used });
      signed.set(await txHashOf(bytes), messages);
      // What the real port records: the SHA-256 of what was signed (here the bytes themselves).
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
      const signDocSha256 = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
      return {
        bytes,
        signed: { mode: "direct" as const, signDocSha256, accountNumber: "3", sequence: String(used) },
      };
    },
    broadcast: async (bytes) => {
      if (opts.notTaken) throw new NotBroadcastError("Bad status on response: 503");
      const hash = await txHashOf(bytes);
      broadcasts.push(hash);
      const answer = checkTx.shift() ?? { code: 0 };
      // someone else's tx moved the sequence (in a block, unless the log says otherwise)
      if (answer.code === 32 && !answer.log?.includes("expected")) sequence += 1;
      if (answer.code === 0 && opts.deliver !== "never") {
        const code = opts.deliver ?? 0;
        included.set(hash, {
          height: opts.height ?? 42,
          code,
          codespace: code ? "deployment" : "",
          rawLog: code ? "Deployment closed" : "",
          events: [],
        });
        const messages = signed.get(hash) ?? [];
        sent.push(messages);
        if (code === 0) opts.onIncluded?.(messages);
      }
      if (opts.broadcastLost) throw new Error("Failed to fetch");
      return { code: answer.code, codespace: answer.codespace ?? "", log: answer.log ?? "" };
    },
    findTx: async (hash) => included.get(hash) ?? null,
  };

  /** For useTransaction (ChainConnectionProvider): every transaction signs on this fake. */
  const connect: ConnectChain = async () => ({ ...ports, disconnect: () => undefined });
  return { ports, connect, broadcasts, signedSequences, signedFees, sent };
}

// The one signing pipeline: simulate → fee → review → receipt → wallet signs → broadcast →
// wait for inclusion. Pure over its ports, so every branch is testable without a chain. A
// broadcast that times out or loses its connection is looked up by hash, never sent again; one
// that no node took ends as "not broadcast". Each outcome is named for what happened: a network
// failure before the wallet was asked is not the wallet's, a wallet that fails did not "reject".
import type { Fee, TxFailure, TxMessage, TxResult } from "../types";
import { isNotBroadcast, isPrepareSignError } from "./errors";
import { expectedSequence, explainChainError, isSequenceMismatch, isUserRejection } from "./explain-error";
import { feeFor } from "./fee";
import type { SignedTx, TxPorts } from "./ports";

export interface SignOptions {
  gasPrice: number;
  feeDenom?: string;
  memo?: string;
  inclusionTimeoutMs?: number;
  /**
   * Gas added to the simulated amount, asked after the simulation: what the transaction may need
   * beyond it because the chain can change before inclusion (see accept-bid-gas.ts).
   */
  gasReserve?: () => Promise<number>;
}

const DEFAULT_INCLUSION_TIMEOUT_MS = 60_000;

export async function txHashOf(txBytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", txBytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function failure(kind: TxFailure["kind"], message: string, extra: Partial<TxFailure> = {}): TxFailure {
  return { ok: false, kind, message, code: null, codespace: null, rawLog: null, txHash: null, ...extra };
}

/** cosmjs reports a failed simulation as "Query failed with (code): log". */
function simulationFailure(err: unknown): TxFailure {
  const text = errorText(err);
  const m = /failed with \((\d+)\): ([\s\S]*)$/.exec(text);
  if (!m) return failure("network", `Could not simulate the transaction: ${text}`, { rawLog: text });
  const code = Number(m[1]);
  const rawLog = m[2] ?? text;
  return failure("chain", explainChainError(null, code, rawLog), { code, rawLog });
}

async function waitForInclusion(ports: TxPorts, hash: string, timeoutMs: number): Promise<TxResult | null> {
  const deadline = ports.now() + timeoutMs;
  for (;;) {
    let found = null;
    try {
      found = await ports.findTx(hash);
    } catch {
      // a failed lookup is not a failed transaction; try again at the next block
    }
    if (found) {
      if (found.code !== 0)
        return failure("chain", explainChainError(found.codespace, found.code, found.rawLog), {
          code: found.code,
          codespace: found.codespace,
          rawLog: found.rawLog,
          txHash: hash,
          height: found.height,
        });
      ports.onPhase?.({ kind: "included", txHash: hash, height: found.height });
      return { ok: true, txHash: hash, height: found.height, events: found.events };
    }
    if (ports.now() >= deadline) return null;
    await ports.nextBlock();
  }
}

async function signOnce(
  ports: TxPorts,
  messages: TxMessage[],
  fee: Fee,
  memo: string,
  sequence?: number,
): Promise<{ signed: SignedTx } | { failure: TxFailure }> {
  ports.onPhase?.({ kind: "waiting-for-wallet" });
  try {
    return { signed: await ports.sign(messages, fee, memo, sequence) };
  } catch (err) {
    const rawLog = errorText(err);
    if (isPrepareSignError(err))
      return {
        failure: failure(
          "network",
          `Could not read your account from the network to prepare the signature (${rawLog}). Your wallet was not asked; nothing was sent.`,
          { rawLog },
        ),
      };
    if (isUserRejection(err))
      return { failure: failure("rejected", "You declined the request in your wallet. Nothing was sent.") };
    return {
      failure: failure("wallet", `Your wallet could not sign: ${rawLog}. Nothing was sent.`, { rawLog }),
    };
  }
}

/** The broadcast threw: either no node took it, or the answer was lost and the hash must be looked up. */
async function afterBroadcastError(
  ports: TxPorts,
  err: unknown,
  hash: string,
  timeoutMs: number,
): Promise<TxResult> {
  if (isNotBroadcast(err))
    return failure(
      "not-broadcast",
      `No node of the network accepted the transaction (${errorText(err)}). It was not sent and nothing was spent; try again.`,
      { txHash: hash, rawLog: errorText(err) },
    );
  // The node may have received it: find out by hash rather than send it twice.
  ports.onPhase?.({ kind: "waiting-for-inclusion", txHash: hash });
  const found = await waitForInclusion(ports, hash, timeoutMs);
  return (
    found ??
    failure(
      "network",
      `The network's answer to the broadcast was lost (${errorText(err)}), and the transaction is not on chain yet. It may still be included: its receipt stays pending until the chain says.`,
      { txHash: hash },
    )
  );
}

/** Signs (once more after a sequence mismatch) and broadcasts; returns the hash in the mempool. */
async function signAndSubmit(
  ports: TxPorts,
  attemptId: string,
  messages: TxMessage[],
  fee: Fee,
  memo: string,
  timeoutMs: number,
): Promise<TxResult> {
  let sequence: number | undefined;
  for (let attempt = 0; ; attempt++) {
    const outcome = await signOnce(ports, messages, fee, memo, sequence);
    if ("failure" in outcome) return outcome.failure;
    const { bytes, signed } = outcome.signed;
    const hash = await txHashOf(bytes);
    // Best effort: the broadcast must not wait on storage; complete() records the outcome anyway.
    await ports.receipts.markBroadcast(attemptId, hash, signed).catch(() => undefined);
    ports.onPhase?.({ kind: "broadcasting" });
    let answer;
    try {
      answer = await ports.broadcast(bytes);
    } catch (err) {
      return afterBroadcastError(ports, err, hash, timeoutMs);
    }
    // sdk/19 "tx already in mempool": these very bytes were taken before, so wait for them.
    const alreadyTaken = answer.code === 19 && answer.codespace === "sdk";
    if (answer.code !== 0 && !alreadyTaken) {
      if (attempt === 0 && isSequenceMismatch(answer.codespace, answer.code, answer.log)) {
        sequence = expectedSequence(answer.log) ?? undefined;
        continue;
      }
      return failure("chain", explainChainError(answer.codespace, answer.code, answer.log), {
        code: answer.code,
        codespace: answer.codespace,
        rawLog: answer.log,
        txHash: hash,
      });
    }
    ports.onPhase?.({ kind: "waiting-for-inclusion", txHash: hash });
    const included = await waitForInclusion(ports, hash, timeoutMs);
    return (
      included ??
      failure(
        "timeout",
        `The transaction was accepted but not included within ${Math.round(timeoutMs / 1000)} s. It may still be; check it by hash before trying again.`,
        { txHash: hash },
      )
    );
  }
}

export async function signAndBroadcast(
  messages: TxMessage[],
  ports: TxPorts,
  opts: SignOptions,
): Promise<TxResult> {
  const memo = opts.memo ?? "";
  const report = (result: TxResult) => {
    if (!result.ok) ports.onPhase?.({ kind: "failed", message: result.message });
    return result;
  };
  ports.onPhase?.({ kind: "simulating" });
  let gasUsed: number;
  try {
    gasUsed = await ports.simulate(messages, memo);
  } catch (err) {
    return report(simulationFailure(err));
  }
  const reserve = opts.gasReserve ? await opts.gasReserve() : 0;
  const estimated = feeFor(gasUsed, opts.gasPrice, opts.feeDenom, reserve);
  ports.onPhase?.({ kind: "reviewing", fee: estimated });
  const decision = await ports.review({ messages, fee: estimated, memo });
  if (!decision.approved)
    return report(failure("rejected", "You cancelled before signing. Nothing was sent."));
  // The same fee, paid by a fee allowance's granter when the review picked one (Fee.granter).
  const fee = decision.feeGranter ? { ...estimated, granter: decision.feeGranter } : estimated;
  let attemptId: string;
  try {
    attemptId = await ports.receipts.begin({ messages, fee, memo, reason: decision.reason });
  } catch (err) {
    return report(
      failure("network", `The receipt could not be written, so nothing was signed: ${errorText(err)}`),
    );
  }
  const result = await signAndSubmit(
    ports,
    attemptId,
    messages,
    fee,
    memo,
    opts.inclusionTimeoutMs ?? DEFAULT_INCLUSION_TIMEOUT_MS,
  );
  // The receipts store shows its own storage banner; the chain outcome must still reach the user.
  await ports.receipts.complete(attemptId, result).catch(() => undefined);
  return report(result);
}

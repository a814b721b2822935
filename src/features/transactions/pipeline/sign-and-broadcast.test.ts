import { describe, expect, it } from "vitest";
import type { SignedBytes } from "@/features/receipts";
import type { TxMessage, TxPhase, TxResult } from "../types";
import { fakeChain, type FakeChainOptions } from "../testing/fake-chain";
import type { ReceiptAttempt, TxPorts } from "./ports";
import { signAndBroadcast } from "./sign-and-broadcast";

const MSG: TxMessage = {
  typeUrl: "/akash.deployment.v1beta4.MsgCloseDeployment",
  value: { id: { owner: "akash1x", dseq: "5" } },
  summary: { title: "Close deployment 5", details: [], spends: [] },
};

interface SetupOptions extends FakeChainOptions {
  reviewApproves?: boolean;
  feeGranter?: string;
  gasReserve?: () => Promise<number>;
}

/** The pipeline on the fake chain and wallet, with a review and receipts that record. */
function setup(opts: SetupOptions = {}) {
  let clock = 0;
  const chain = fakeChain(opts);
  const phases: TxPhase["kind"][] = [];
  const receipts: {
    begun: ReceiptAttempt[];
    broadcast: string[];
    signed: (SignedBytes | null)[];
    completed: TxResult[];
  } = { begun: [], broadcast: [], signed: [], completed: [] };
  const ports: TxPorts = {
    ...chain.ports,
    review: async () =>
      opts.reviewApproves === false
        ? { approved: false }
        : { approved: true, reason: "test", feeGranter: opts.feeGranter ?? null },
    nextBlock: async () => {
      clock += 1000;
    },
    now: () => clock,
    receipts: {
      begin: async (attempt) => (receipts.begun.push(attempt), "attempt-1"),
      markBroadcast: async (_id, hash, signed) => {
        receipts.broadcast.push(hash);
        receipts.signed.push(signed);
      },
      complete: async (_id, result) => void receipts.completed.push(result),
    },
    onPhase: (p) => phases.push(p.kind),
  };
  const run = () =>
    signAndBroadcast([MSG], ports, {
      gasPrice: 0.025,
      inclusionTimeoutMs: 5000,
      gasReserve: opts.gasReserve,
    });
  return {
    run,
    phases,
    receipts,
    broadcasts: chain.broadcasts,
    signedSequences: chain.signedSequences,
    signedFees: chain.signedFees,
  };
}

describe("signAndBroadcast", () => {
  it("signs with the fee allowance's granter the review picked, and records it in the receipt", async () => {
    const { run, receipts, signedFees } = setup({ feeGranter: "akash1lead" });
    expect(await run()).toMatchObject({ ok: true });
    const paid = { gas: "130000", amount: [{ denom: "uakt", amount: "3250" }], granter: "akash1lead" };
    expect(signedFees).toEqual([paid]);
    expect(receipts.begun[0]?.fee).toEqual(paid);
  });

  it("simulates, prices, reviews, signs, broadcasts and waits for inclusion", async () => {
    const { run, phases, receipts } = setup();
    const result = await run();
    expect(result).toMatchObject({ ok: true, height: 42 });
    expect(phases).toEqual([
      "simulating",
      "reviewing",
      "waiting-for-wallet",
      "broadcasting",
      "waiting-for-inclusion",
      "included",
    ]);
    expect(receipts.begun[0]?.fee).toEqual({ gas: "130000", amount: [{ denom: "uakt", amount: "3250" }] });
    expect(receipts.begun[0]?.reason).toBe("test");
    expect(receipts.completed[0]).toBe(result);
    expect(receipts.broadcast).toEqual([result.ok ? result.txHash : "?"]);
    expect(receipts.signed[0]).toMatchObject({
      mode: "direct",
      signDocSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it("adds the gas reserve after the margin, asked once the simulation is done", async () => {
    const asked: string[] = [];
    const { run, receipts, phases } = setup({
      gasReserve: async () => (asked.push(phases.at(-1) ?? ""), 80_000),
    });
    expect(await run()).toMatchObject({ ok: true });
    expect(asked).toEqual(["simulating"]);
    expect(receipts.begun[0]?.fee).toEqual({ gas: "210000", amount: [{ denom: "uakt", amount: "5250" }] });
  });

  it("ends as not broadcast when no node takes the transaction, with its hash and nothing spent", async () => {
    const { run, receipts, broadcasts } = setup({ notTaken: true });
    const result = await run();
    expect(result).toMatchObject({
      ok: false,
      kind: "not-broadcast",
      txHash: receipts.broadcast[0],
      message: expect.stringMatching(/No node of the network accepted the transaction.*nothing was spent/),
    });
    expect(broadcasts).toHaveLength(0);
    expect(receipts.completed).toEqual([result]);
  });

  it("calls a network failure before the wallet is asked a network failure, not a rejection", async () => {
    const { run, receipts, broadcasts } = setup({ prepareError: "Bad status on response: 503" });
    const result = await run();
    expect(result).toMatchObject({
      ok: false,
      kind: "network",
      message: expect.stringMatching(/Your wallet was not asked; nothing was sent/),
    });
    expect(broadcasts).toHaveLength(0);
    expect(receipts.completed).toEqual([result]);
  });

  it("calls a wallet that fails to sign a wallet failure, not a rejection", async () => {
    const { run } = setup({ walletError: "Failed to fetch" });
    expect(await run()).toMatchObject({
      ok: false,
      kind: "wallet",
      message: "Your wallet could not sign: Failed to fetch. Nothing was sent.",
      rawLog: "Failed to fetch",
    });
  });

  it("recognises Cosmostation declining (code 4001) as the user's rejection", async () => {
    const { run, broadcasts } = setup({
      walletError: {
        message: "The requested account and/or method has not been authorized by the user.",
        code: 4001,
      },
    });
    expect(await run()).toMatchObject({
      ok: false,
      kind: "rejected",
      message: expect.stringMatching(/declined/),
    });
    expect(broadcasts).toHaveLength(0);
  });

  it("waits for a transaction the mempool already holds (sdk 19) instead of calling it failed", async () => {
    const { run } = setup({ checkTx: [{ code: 19, codespace: "sdk", log: "tx already in mempool" }] });
    expect(await run()).toMatchObject({ ok: false, kind: "timeout" });
  });

  it("reports a rejection in the wallet, with a receipt, and sends nothing", async () => {
    const { run, broadcasts, receipts } = setup({ walletError: "Request rejected" });
    const result = await run();
    expect(result).toMatchObject({ ok: false, kind: "rejected", message: expect.stringMatching(/declined/) });
    expect(broadcasts).toHaveLength(0);
    expect(receipts.completed).toEqual([result]);
  });

  it("cancelling the review asks nothing of the wallet and writes no receipt", async () => {
    const { run, receipts, signedSequences } = setup({ reviewApproves: false });
    expect(await run()).toMatchObject({ ok: false, kind: "rejected" });
    expect(signedSequences).toHaveLength(0);
    expect(receipts.begun).toHaveLength(0);
  });

  it("re-signs once with the new sequence after a sequence mismatch", async () => {
    const { run, signedSequences, broadcasts } = setup({
      checkTx: [{ code: 32, codespace: "sdk", log: "account sequence mismatch" }],
    });
    expect(await run()).toMatchObject({ ok: true });
    expect(signedSequences).toEqual([7, 8]);
    expect(broadcasts).toHaveLength(2);
  });

  it("re-signs with the sequence the mempool expects when another tab's tx is not in a block yet", async () => {
    const { run, signedSequences } = setup({
      checkTx: [
        {
          code: 32,
          codespace: "sdk",
          log: "account sequence mismatch, expected 8, got 7: incorrect account sequence",
        },
      ],
    });
    expect(await run()).toMatchObject({ ok: true });
    // The committed account still says 7; only the chain's answer knows 8.
    expect(signedSequences).toEqual([7, 8]);
  });

  it("maps a CheckTx error to a sentence with the raw log", async () => {
    const { run } = setup({
      checkTx: [{ code: 5, codespace: "sdk", log: "1uakt is smaller than 3250uakt: insufficient funds" }],
    });
    expect(await run()).toMatchObject({
      ok: false,
      kind: "chain",
      code: 5,
      rawLog: "1uakt is smaller than 3250uakt: insufficient funds",
      message: expect.stringMatching(/not hold enough funds/),
    });
  });

  it("maps a failed delivery and a failed simulation", async () => {
    expect(await setup({ deliver: 5 }).run()).toMatchObject({
      ok: false,
      kind: "chain",
      codespace: "deployment",
      // in a block all the same: the receipt records where, and the chain check finds it there
      height: 42,
      message: expect.stringMatching(/already closed/),
    });
    expect(
      await setup({ simulateError: "Query failed with (18): market: bid not open" }).run(),
    ).toMatchObject({
      ok: false,
      kind: "chain",
      code: 18,
    });
  });

  it("finds a transaction by hash when the broadcast answer was lost, without sending it twice", async () => {
    const { run, broadcasts } = setup({ broadcastLost: true });
    expect(await run()).toMatchObject({ ok: true, height: 42 });
    expect(broadcasts).toHaveLength(1);
  });

  it("times out with the hash when the transaction is never included", async () => {
    const { run, broadcasts } = setup({ deliver: "never" });
    const result = await run();
    expect(result).toMatchObject({ ok: false, kind: "timeout", txHash: broadcasts[0] });
    expect(broadcasts).toHaveLength(1);
  });
});

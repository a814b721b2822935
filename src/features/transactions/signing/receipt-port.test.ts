import { describe, expect, it } from "vitest";
import { receiptPort } from "./receipt-port";
import type { TxFailure, TxFailureKind } from "../types";

function setup() {
  const calls: { method: string; args: unknown[] }[] = [];
  const store = {
    begin: async (...args: unknown[]) => {
      calls.push({ method: "begin", args });
      return { attempt: "a1" } as never;
    },
    markBroadcast: async (...args: unknown[]) => {
      calls.push({ method: "markBroadcast", args });
      return {} as never;
    },
    complete: async (...args: unknown[]) => {
      calls.push({ method: "complete", args });
      return {} as never;
    },
    drive: (attempt: string) => void calls.push({ method: "drive", args: [attempt] }),
    release: (attempt: string) => void calls.push({ method: "release", args: [attempt] }),
  };
  const port = receiptPort(
    store,
    { network: { id: "local", name: "Local" }, chainId: "c", walletName: "Keplr", signer: "akash1x" },
    { action: "create", target: { owner: "akash1x", dseq: "5" } },
  );
  return { port, calls };
}

const failure = (kind: TxFailureKind, txHash: string | null): TxFailure => ({
  ok: false,
  kind,
  code: kind === "chain" ? 5 : null,
  codespace: kind === "chain" ? "sdk" : null,
  rawLog: null,
  message: "m",
  txHash,
});

describe("receiptPort", () => {
  it("records message types, fee and reason when the attempt begins", async () => {
    const { port, calls } = setup();
    const id = await port.begin({
      messages: [
        {
          typeUrl: "/akash.deployment.v1beta4.MsgCreateDeployment",
          value: {
            id: { owner: "akash1x", dseq: "5" },
            hash: new Uint8Array([0xab, 0xcd]),
            deposit: { amount: { denom: "uact", amount: "5000000" }, sources: [1] },
          },
          summary: { title: "Create deployment 5", details: [], spends: [] },
        },
      ],
      fee: { amount: [{ denom: "uakt", amount: "5000" }], gas: "200000" },
      memo: "",
      reason: "demo",
    });
    expect(id).toBe("a1");
    expect(calls[0]?.args[0]).toMatchObject({
      action: "create",
      reason: "demo",
      request: {
        messageTypeUrls: ["/akash.deployment.v1beta4.MsgCreateDeployment"],
        messages: [
          {
            typeUrl: "/akash.deployment.v1beta4.MsgCreateDeployment",
            owner: "akash1x",
            dseq: "5",
            gseq: null,
            oseq: null,
            provider: null,
            amounts: [{ denom: "uact", amount: "5000000" }],
            hash: "abcd",
          },
        ],
      },
    });
  });

  it("leaves a broadcast that timed out pending, and hands it to settlement", async () => {
    const { port, calls } = setup();
    await port.begin({ messages: [], fee: { amount: [], gas: "1" }, memo: "", reason: null });
    expect(calls.map((c) => c.method)).toEqual(["begin", "drive"]);
    await port.complete("a1", failure("timeout", "ABC"));
    await port.complete("a1", failure("network", "ABC"));
    expect(calls.filter((c) => c.method === "complete")).toHaveLength(0);
    expect(calls.filter((c) => c.method === "release").map((c) => c.args[0])).toEqual(["a1", "a1"]);
  });

  it("completes refusals, rejections and failures that never reached the chain", async () => {
    const { port, calls } = setup();
    await port.complete("a1", failure("chain", "ABC"));
    await port.complete("a1", failure("rejected", null));
    await port.complete("a1", failure("network", null));
    await port.complete("a1", failure("wallet", null));
    await port.complete("a1", failure("not-broadcast", "ABC"));
    const states = calls
      .filter((c) => c.method === "complete")
      .map((c) => (c.args[1] as { state: string }).state);
    expect(states).toEqual(["failed", "rejected", "failed", "failed", "not-broadcast"]);
  });

  it("records the block of a transaction the chain failed", async () => {
    const { port, calls } = setup();
    await port.complete("a1", { ...failure("chain", "ABC"), code: 11, height: 77 });
    expect(calls.find((c) => c.method === "complete")?.args[1]).toMatchObject({
      state: "failed",
      txHash: "ABC",
      height: 77,
      code: 11,
    });
  });
});

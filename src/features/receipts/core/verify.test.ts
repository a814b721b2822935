import { describe, expect, it } from "vitest";
import { sealReceipt } from "./canonical";
import { sampleChain } from "../testing/sample-chain";
import type { Receipt } from "./receipt";
import { describeVerdict, verifyChain } from "./verify";

async function setup(attempts = 4) {
  const chain = await sampleChain(attempts);
  const clone = (): Receipt[] => structuredClone(chain);
  return { chain, clone };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

describe("verifyChain", () => {
  it("accepts an intact chain and reports its count and head", async () => {
    const { chain } = await setup();
    const verdict = await verifyChain(chain);
    expect(verdict).toEqual({ ok: true, count: 8, head: chain[7]!.sha256 });
    expect(describeVerdict(verdict)).toBe("OK: 8 receipts, every hash and link checks out.");
  });

  it.each([
    ["timestamp", "2020-01-01T00:00:00.000Z"],
    ["action", "close"],
    ["state", "success"],
    ["reason", "a different reason"],
    ["chainId", "akashnet-2"],
    ["wallet.signer", "akash1someoneelse"],
    ["target.dseq", "999"],
    ["request.deposit.amount", "1"],
    ["request.sdlRedacted", "services: {}"],
    ["response.txHash", "AB"],
    ["attempt", "other"],
  ])("names the receipt whose %s was edited", async (path, value) => {
    const { clone } = await setup();
    const chain = clone();
    setPath(chain[4] as unknown as Record<string, unknown>, path, value);
    const verdict = await verifyChain(chain);
    expect(verdict).toMatchObject({ ok: false, index: 4, id: chain[4]!.id });
    expect(describeVerdict(verdict)).toMatch(/^Broken at receipt #5 \(id r2-a\) of 8: /);
  });

  it("says an edited receipt changed after it was written", async () => {
    const { clone } = await setup();
    const chain = clone();
    chain[2]!.reason = "edited";
    expect(await verifyChain(chain)).toMatchObject({
      ok: false,
      index: 2,
      problem: "its content does not match its sha256: it was changed after it was written",
    });
  });

  it("catches an edited receipt whose hash was recomputed at the next link", async () => {
    const { clone } = await setup();
    const chain = clone();
    const { sha256: _s, prev, ...body } = chain[3]!;
    chain[3] = await sealReceipt({ ...body, reason: "rewritten" }, prev);
    const verdict = await verifyChain(chain);
    expect(verdict).toMatchObject({ ok: false, index: 4 });
    expect(verdict.ok || verdict.problem).toMatch(/prev does not match the sha256 of receipt #4/);
  });

  it("catches a deleted receipt in the middle and at the start", async () => {
    const { clone } = await setup();
    const middle = clone();
    middle.splice(5, 1);
    expect(await verifyChain(middle)).toMatchObject({ ok: false, index: 5 });
    const start = clone().slice(1);
    expect(await verifyChain(start)).toMatchObject({
      ok: false,
      index: 0,
      problem: "it is the first receipt but points to a previous one: the receipts before it were removed",
    });
  });

  it("catches two receipts swapped", async () => {
    const { clone } = await setup();
    const chain = clone();
    [chain[2], chain[3]] = [chain[3]!, chain[2]!];
    expect(await verifyChain(chain)).toMatchObject({ ok: false, index: 2, id: "r1-b" });
  });

  it("catches a receipt that is not a receipt at all", async () => {
    const { clone } = await setup(1);
    const chain: unknown[] = clone();
    chain.push({ hello: "world" });
    const verdict = await verifyChain(chain);
    expect(verdict).toMatchObject({ ok: false, index: 2, id: null });
    expect(verdict.ok || verdict.problem).toMatch(/^it is not a valid receipt/);
  });

  it("catches a completion that points to a receipt outside the chain", async () => {
    const { clone } = await setup(1);
    const [pending, final] = clone();
    const { sha256: _s, prev: _p, ...body } = final!;
    const orphan = await sealReceipt({ ...body, completes: "a".repeat(64) }, pending!.sha256);
    expect(await verifyChain([pending, orphan])).toMatchObject({
      ok: false,
      index: 1,
      problem: "it completes a receipt that is not before it in the chain",
    });
  });
});

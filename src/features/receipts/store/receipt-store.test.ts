import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { verifyChain } from "../core/verify";
import { SAMPLE_SDL, sampleBegin, sampleChain } from "../testing/sample-chain";
import { createLocalLock } from "@/lib/locks";
import { ReceiptStore } from "./receipt-store";
import { ReceiptStorageError } from "./storage-problem";

let dbCounter = 0;

function setup(opts: { sharedLock?: boolean } = {}) {
  const dbName = `receipts-test-${++dbCounter}-${Math.random()}`;
  const lock = createLocalLock();
  const make = () =>
    new ReceiptStore({ dbName, channel: null, lock: opts.sharedLock === false ? createLocalLock() : lock });
  return { dbName, store: make(), make };
}

describe("ReceiptStore", () => {
  it("writes a pending receipt, then appends linked entries as the attempt moves on", async () => {
    const { store } = setup();
    const pending = await store.begin(sampleBegin(0));
    expect(pending).toMatchObject({ state: "pending", prev: null, completes: null, action: "create" });
    const broadcast = await store.markBroadcast(pending, "AB".repeat(32));
    const final = await store.complete(pending, {
      state: "success",
      txHash: "AB".repeat(32),
      height: 42,
      code: 0,
    });
    expect(broadcast).toMatchObject({ state: "pending", completes: pending.sha256, prev: pending.sha256 });
    expect(final).toMatchObject({ state: "success", completes: broadcast.sha256, attempt: pending.attempt });
    expect(final.response).toMatchObject({ txHash: "AB".repeat(32), height: 42, code: 0 });
    const all = await store.list();
    expect(all.map((r) => r.sha256)).toEqual([pending.sha256, broadcast.sha256, final.sha256]);
    expect(await verifyChain(all)).toMatchObject({ ok: true, count: 3 });
  });

  it("completes an attempt once: a second completion returns the first", async () => {
    const { store } = setup();
    const pending = await store.begin(sampleBegin(1));
    const first = await store.complete(pending, { state: "rejected" });
    const second = await store.complete(pending, { state: "success" });
    expect(second.sha256).toBe(first.sha256);
    expect(await store.list()).toHaveLength(2);
  });

  it("stores no registry password or env secret, only the SDL hash and a redacted copy", async () => {
    const { store, dbName } = setup();
    await store.begin(sampleBegin(0, { request: { sdl: SAMPLE_SDL } }));
    const raw = await openDB(dbName);
    const stored = JSON.stringify(await raw.getAll("receipts"));
    raw.close();
    expect(stored).not.toContain("sample-registry-password");
    expect(stored).not.toContain("sample-env-token");
    expect(stored).toContain("password: <redacted>");
  });

  it.each([true, false])(
    "two writers on one database leave one chain (shared lock: %s)",
    async (sharedLock) => {
      const { make } = setup({ sharedLock });
      const [a, b] = [make(), make()];
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const writer = i % 2 ? a : b;
          const pending = await writer.begin(sampleBegin(i));
          await writer.complete(pending, { state: "success", height: i });
        }),
      );
      const all = await a.list();
      expect(all).toHaveLength(20);
      expect(await verifyChain(all)).toMatchObject({ ok: true, count: 20 });
    },
  );

  it("settles a pending receipt with a tx hash from the injected lookup", async () => {
    const { store } = setup();
    const { settlePending } = await import("./settle");
    const known = await store.begin(sampleBegin(0));
    await store.markBroadcast(known, "AA".repeat(32));
    const unknown = await store.begin(sampleBegin(1));
    await store.markBroadcast(unknown, "BB".repeat(32));
    await store.begin(sampleBegin(2)); // never broadcast: nothing to look up
    const asked: string[] = [];
    const report = await settlePending(store, "akash-localnet-1", async (hash) => {
      asked.push(hash);
      return hash === "AA".repeat(32)
        ? { height: 77, code: 11, codespace: "sdk", rawLog: "out of gas" }
        : null;
    });
    expect(asked.sort()).toEqual(["AA".repeat(32), "BB".repeat(32)]);
    expect(report).toEqual({ settled: 1, stillPending: 1, errors: [] });
    const all = await store.list();
    expect(all.at(-1)).toMatchObject({
      attempt: known.attempt,
      state: "failed",
      response: { height: 77, code: 11, rawLog: "out of gas", txHash: "AA".repeat(32) },
    });
    expect(await verifyChain(all)).toMatchObject({ ok: true, count: 6 });
  });

  it("leaves an attempt this page's pipeline is still driving to that pipeline", async () => {
    const { store } = setup();
    const { settlePending } = await import("./settle");
    const driven = await store.begin(sampleBegin(0));
    await store.markBroadcast(driven, "CC".repeat(32));
    store.drive(driven.attempt);
    const asked: string[] = [];
    const lookup = async (hash: string) => (
      asked.push(hash),
      { height: 9, code: 0, codespace: null, rawLog: null }
    );
    expect(await settlePending(store, "akash-localnet-1", lookup)).toEqual({
      settled: 0,
      stillPending: 1,
      errors: [],
    });
    expect(asked).toEqual([]);
    store.release(driven.attempt);
    expect(await settlePending(store, "akash-localnet-1", lookup)).toEqual({
      settled: 1,
      stillPending: 0,
      errors: [],
    });
    expect((await store.list()).at(-1)).toMatchObject({
      state: "success",
      response: { status: "settled from the chain" },
    });
  });

  it("imports: fast-forward into an empty store, then skips duplicates", async () => {
    const { store } = setup();
    const chain = await sampleChain(3);
    expect(await store.importReceipts(chain)).toEqual({ mode: "fast-forward", added: 6, skipped: 0 });
    expect((await store.list()).map((r) => r.sha256)).toEqual(chain.map((r) => r.sha256));
    expect(await store.importReceipts(chain.slice(0, 4))).toMatchObject({ added: 0, skipped: 4 });
    expect(await store.list()).toHaveLength(6);
  });

  it("imports: merges another chain's receipts after the local head, still verifiable", async () => {
    const { store } = setup();
    await store.begin(sampleBegin(0));
    const foreign = await sampleChain(2, { idPrefix: "other" });
    expect(await store.importReceipts(foreign)).toEqual({ mode: "merge", added: 4, skipped: 0 });
    expect(await store.importReceipts(foreign)).toEqual({ mode: "merge", added: 0, skipped: 4 });
    const all = await store.list();
    expect(all).toHaveLength(5);
    expect(all[1]!.imported).toEqual({ prev: null, sha256: foreign[0]!.sha256 });
    expect(await verifyChain(all)).toMatchObject({ ok: true, count: 5 });
  });

  it("turns an unusable database into a visible problem instead of dropping the receipt", async () => {
    const { store, dbName } = setup();
    (await openDB(dbName, 5)).close(); // a newer console version's database
    const seen: (string | undefined)[] = [];
    store.subscribe(() => seen.push(store.getProblem()?.kind));
    await expect(store.begin(sampleBegin(0))).rejects.toBeInstanceOf(ReceiptStorageError);
    expect(store.getProblem()?.message).toMatch(/newer version of the console/);
    expect(seen).toContain("unavailable");
  });
});

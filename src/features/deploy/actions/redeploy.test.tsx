// Redeploy elsewhere on the real signing pipeline, review and receipts, against the fake chain:
// the new deployment is created with the carried-over deposit and a memo naming the one it
// replaces, the link is kept in this browser, and closing the old deployment afterwards is its
// own signed action with its own receipt.
import { act, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { deploymentInfoJson, OWNER, PROVIDER_A } from "@/features/deployments/testing/chain-json";
import { useTransaction, type TxMessage } from "@/features/transactions";
import { fakeChain } from "@/features/transactions/testing/fake-chain";
import { resetBrowserStorage } from "@/test/memory-storage";
import { renderHookWithApp } from "@/test/render";
import { redeployLinks, replacementOf } from "../storage/redeploy-links";
import type { BuiltDeployment } from "../utils/build-deployment";
import { useCloseReplaced } from "./use-close-replaced";
import { useRedeploy } from "./use-redeploy";

const OLD = "400";
const BUILT: BuiltDeployment = {
  groupSpecs: [{ name: "dcloud" }],
  manifestJson: '[{"name":"dcloud","services":[{"name":"web"}]}]',
  hash: new Uint8Array([1, 2, 3, 4]),
  hashHex: "01020304",
  overview: [{ name: "dcloud", units: ["1 × 0.5 CPU"], maxPrice: { denom: "uact", amount: "100" } }],
  reclamationSec: null,
};

function setup(approve = true) {
  resetBrowserStorage();
  const closed = new Set<string>();
  const chain = fakeChain({
    onIncluded: (messages: TxMessage[]) => {
      for (const m of messages)
        if (m.typeUrl.endsWith("MsgCloseDeployment"))
          closed.add(String((m.value as { id: { dseq: string } }).id.dseq));
    },
  });
  const routes = {
    "/akash/deployment/v1beta4/deployments/info": (url: URL) => {
      const dseq = url.searchParams.get("id.dseq") ?? "";
      return deploymentInfoJson({ dseq, state: closed.has(dseq) ? "closed" : "active" });
    },
    "/cosmos/base/tendermint/v1beta1/blocks/latest": {
      block: { header: { height: "1000", time: "2026-01-01T00:00:00Z" } },
    },
  };
  const app = renderHookWithApp(
    () => {
      const tx = useTransaction();
      return { tx, redeploy: useRedeploy(tx), closeReplaced: useCloseReplaced(tx) };
    },
    { address: OWNER, chain: chain.connect, routes },
  );
  async function sign<T>(action: () => Promise<T>): Promise<T> {
    let pending!: Promise<T>;
    act(() => void (pending = action()));
    await waitFor(() => expect(app.result.current.tx.state?.review).toBeTruthy());
    await act(async () =>
      app.result.current.tx.state?.review?.decide(
        approve ? { approved: true, reason: null } : { approved: false },
      ),
    );
    return act(() => pending);
  }
  return { ...app, chain, closed, sign };
}

const input = {
  owner: OWNER,
  from: { dseq: OLD, provider: PROVIDER_A },
  sdl: "version: '2.0'\n",
  built: BUILT,
  deposit: { denom: "uact", amount: "3250000" },
  height: 1000,
};

describe("redeploy elsewhere", () => {
  it("creates the new deployment with the carried-over deposit, says what it replaces, and links the two", async () => {
    const { result, sign, chain, receipts } = setup();
    const { result: tx, dseq } = await sign(() => result.current.redeploy(input));
    expect(tx).toMatchObject({ ok: true });
    const msg = chain.sent[0]?.[0];
    expect(msg?.typeUrl).toBe("/akash.deployment.v1beta4.MsgCreateDeployment");
    expect((msg?.value as { deposit: { amount: unknown } }).deposit.amount).toEqual({
      denom: "uact",
      amount: "3250000",
    });
    const links = redeployLinks("test", OWNER).get();
    expect(links[dseq]).toMatchObject({ from: OLD, provider: PROVIDER_A });
    expect(replacementOf(links, OLD)).toBe(dseq);
    const done = (await receipts.list()).filter((r) => r.state === "success");
    expect(done.map((r) => [r.action, r.target.dseq, r.request.memo])).toEqual([
      ["create", dseq, `Redeploy of deployment ${OLD}: provider ${PROVIDER_A} is reclaiming its lease`],
    ]);
  });

  it("links nothing when the tenant declines in the wallet", async () => {
    const { result, sign } = setup(false);
    const { result: tx } = await sign(() => result.current.redeploy(input));
    expect(tx).toMatchObject({ ok: false, kind: "rejected" });
    expect(redeployLinks("test", OWNER).get()).toEqual({});
  });

  it("closes the old deployment as its own signed action, with its own receipt", async () => {
    const { result, sign, closed, receipts } = setup();
    const { dseq } = await sign(() => result.current.redeploy(input));
    expect(
      await sign(() => result.current.closeReplaced({ owner: OWNER, dseq, oldDseq: OLD })),
    ).toMatchObject({
      ok: true,
    });
    expect([...closed]).toEqual([OLD]);
    expect(redeployLinks("test", OWNER).get()[dseq]?.oldClosedAt).toBeTruthy();
    const done = (await receipts.list()).filter((r) => r.state === "success");
    expect(done.map((r) => [r.action, r.target.dseq])).toEqual([
      ["create", dseq],
      ["close", OLD],
    ]);
    expect(done[1]?.request.memo).toBe(`Close deployment ${OLD}: redeployed elsewhere as deployment ${dseq}`);
  });
});

// The write actions on the real signing pipeline, review and receipts, against the pipeline's fake
// chain (transactions/testing) and a fake REST gateway whose answers change when a transaction is
// included, as a block changes state. What a tenant sees afterwards is what is asserted: the
// balance the deposit spent, the deployment as the chain now has it, the local record, receipts.
import { act, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadDeploymentRecord, useDeploymentInfo } from "@/features/deployments";
import { useDeploymentLeases } from "@/features/deployments";
import {
  dec,
  deploymentInfoJson,
  leaseJson,
  OWNER,
  PROVIDER_A,
} from "@/features/deployments/testing/chain-json";
import { useBids } from "@/features/market";
import { useTransaction, type TxMessage } from "@/features/transactions";
import { fakeChain, type FakeChainOptions } from "@/features/transactions/testing/fake-chain";
import { useSpendable } from "@/features/wallet";
import { resetBrowserStorage } from "@/test/memory-storage";
import { renderHookWithApp } from "@/test/render";
import type { BuiltDeployment } from "../utils/build-deployment";
import { useAcceptBid } from "./use-accept-bid";
import { useCloseDeployments } from "./use-close-deployments";
import { useCloseLease } from "./use-close-lease";
import { useCreateDeployment } from "./use-create-deployment";
import { useDeposit } from "./use-deposit";
import { useMintAct } from "./use-mint-act";
import { useUpdateDeployment } from "./use-update-deployment";

const DSEQ = "500";
const BANK = `/cosmos/bank/v1beta1/balances/${OWNER}`;
const INFO = "/akash/deployment/v1beta4/deployments/info";
const BIDS = "/akash/market/v1beta5/bids/list";
const LEASES = "/akash/market/v1beta5/leases/list";
const BID = { owner: OWNER, dseq: DSEQ, gseq: 1, oseq: 1, provider: PROVIDER_A, bseq: 0 };

const BUILT: BuiltDeployment = {
  groupSpecs: [{ name: "dcloud" }],
  manifestJson: '[{"name":"dcloud","services":[{"name":"web"}]}]',
  hash: new Uint8Array([1, 2, 3, 4]),
  hashHex: "01020304",
  overview: [
    { name: "dcloud", units: ["1 × 0.5 CPU, 0.5 GiB"], maxPrice: { denom: "uact", amount: "10000" } },
  ],
  reclamationSec: null,
};

type Value = Record<string, unknown>;

/** The chain as its REST gateway shows it; included messages change it. */
function chainState() {
  const state = {
    uact: 5_000_000,
    uakt: 20_000_000,
    escrow: 500_000,
    hash: "q83vEjRWeJA=",
    closed: new Set<string>(),
    lease: "none" as "none" | "active" | "closed",
  };
  const apply = (messages: TxMessage[]) => {
    for (const { typeUrl, value } of messages) {
      const v = value as Value;
      if (typeUrl.endsWith("MsgAccountDeposit")) {
        const amount = Number(((v.deposit as Value).amount as Value).amount);
        state.uact -= amount;
        state.escrow += amount;
      } else if (typeUrl.endsWith("MsgCreateDeployment")) {
        state.uact -= Number(((v.deposit as Value).amount as Value).amount);
      } else if (typeUrl.endsWith("MsgUpdateDeployment")) {
        state.hash = btoa(String.fromCharCode(...(v.hash as Uint8Array)));
      } else if (typeUrl.endsWith("MsgCloseDeployment")) {
        state.closed.add(String((v.id as Value).dseq));
      } else if (typeUrl.endsWith("MsgCreateLease")) {
        state.lease = "active";
      } else if (typeUrl.endsWith("MsgCloseLease")) {
        state.lease = "closed";
      } else if (typeUrl.endsWith("MsgMintACT")) {
        state.uakt -= Number((v.coinsToBurn as Value).amount);
      }
    }
  };
  const routes = {
    [BANK]: () => ({
      balances: [
        { denom: "uact", amount: String(state.uact) },
        { denom: "uakt", amount: String(state.uakt) },
      ],
      pagination: { next_key: null },
    }),
    [BIDS]: () => ({
      bids: [
        {
          bid: {
            id: BID,
            state: state.lease === "none" ? "open" : state.lease === "active" ? "active" : "closed",
            price: { denom: "uact", amount: dec(12.5) },
            created_at: "990",
            resources_offer: [],
          },
        },
      ],
      pagination: { next_key: null },
    }),
    [LEASES]: () => ({
      leases:
        state.lease === "none"
          ? []
          : [leaseJson({ dseq: DSEQ, provider: PROVIDER_A, price: "12.5", state: state.lease })],
      pagination: { next_key: null },
    }),
    [INFO]: (url: URL) => {
      const dseq = url.searchParams.get("id.dseq") ?? "";
      const json = deploymentInfoJson({
        dseq,
        funds: String(state.escrow),
        state: state.closed.has(dseq) ? "closed" : "active",
      });
      return { ...json, deployment: { ...json.deployment, hash: state.hash } };
    },
    "/akash/market/v1beta5/params": { params: { order_max_bids: 5 } },
    "/cosmos/base/tendermint/v1beta1/blocks/latest": {
      block: { header: { height: "1000", time: "2026-01-01T00:00:00Z" } },
    },
  };
  return { state, apply, routes };
}

function setup(chainOpts: Omit<FakeChainOptions, "onIncluded"> = {}, approve = true) {
  resetBrowserStorage();
  const { state, apply, routes } = chainState();
  const chain = fakeChain({ ...chainOpts, onIncluded: apply });
  const app = renderHookWithApp(
    () => {
      const tx = useTransaction();
      return {
        tx,
        create: useCreateDeployment(tx),
        deposit: useDeposit(tx),
        update: useUpdateDeployment(tx),
        close: useCloseDeployments(tx),
        accept: useAcceptBid(tx),
        closeLease: useCloseLease(tx),
        mint: useMintAct(tx),
        // What the page shows from the chain while the action runs.
        spendable: useSpendable(OWNER),
        info: useDeploymentInfo(OWNER, DSEQ),
        bids: useBids(OWNER, DSEQ),
        leases: useDeploymentLeases(OWNER, DSEQ),
      };
    },
    { address: OWNER, chain: chain.connect, routes },
  );
  const { result } = app;
  /** Runs an action and answers its review in the dialog, as the tenant would. */
  async function sign<T>(action: () => Promise<T>): Promise<T> {
    let pending!: Promise<T>;
    act(() => void (pending = action()));
    await waitFor(() => expect(result.current.tx.state?.review).toBeTruthy());
    await act(async () =>
      result.current.tx.state?.review?.decide(
        approve ? { approved: true, reason: null } : { approved: false },
      ),
    );
    return act(() => pending);
  }
  const loaded = () =>
    waitFor(() => {
      expect(result.current.spendable.data).toBeDefined();
      expect(result.current.info.data).toBeDefined();
    });
  return { ...app, state, chain, sign, loaded };
}

describe("deposit", () => {
  it("refreshes the spendable balance the deposit spent, and the deployment's escrow", async () => {
    const { result, sign, loaded } = setup();
    await loaded();
    expect(result.current.spendable.data?.uact).toBe(5_000_000);
    const tx = await sign(() => result.current.deposit({ owner: OWNER, dseq: DSEQ, amount: "1000000" }));
    expect(tx).toMatchObject({ ok: true });
    await waitFor(() => expect(result.current.spendable.data?.uact).toBe(4_000_000));
    await waitFor(() =>
      expect(result.current.info.data?.deployment.escrow?.funds[0]?.amount).toBe(1_500_000),
    );
  });

  it("refreshes nothing when the tenant cancels: nothing reached the chain", async () => {
    const { result, sign, loaded, count } = setup({}, false);
    await loaded();
    const before = count(BANK);
    expect(
      await sign(() => result.current.deposit({ owner: OWNER, dseq: DSEQ, amount: "1000000" })),
    ).toMatchObject({
      ok: false,
      kind: "rejected",
    });
    expect(count(BANK)).toBe(before);
  });
});

describe("update", () => {
  it("refreshes the deployment from the chain and keeps the new SDL and manifest in this browser", async () => {
    const { result, sign, loaded } = setup();
    await loaded();
    expect((result.current.info.data?.raw as { deployment: Value }).deployment.hash).toBe("q83vEjRWeJA=");
    const sdl = "version: '2.0'\n# updated\n";
    const tx = await sign(() =>
      result.current.update({ owner: OWNER, dseq: DSEQ, sdl, built: BUILT, changes: ["Now: # updated"] }),
    );
    expect(tx).toMatchObject({ ok: true });
    await waitFor(() =>
      expect((result.current.info.data?.raw as { deployment: Value }).deployment.hash).toBe("AQIDBA=="),
    );
    expect(loadDeploymentRecord("test", OWNER, DSEQ)).toMatchObject({ sdl, hashHex: "01020304" });
  });

  it("keeps the previous record when the chain refuses the update", async () => {
    const { result, sign, loaded } = setup({ deliver: 5 });
    await loaded();
    const tx = await sign(() =>
      result.current.update({ owner: OWNER, dseq: DSEQ, sdl: "x", built: BUILT, changes: [] }),
    );
    expect(tx).toMatchObject({ ok: false, kind: "chain" });
    expect(loadDeploymentRecord("test", OWNER, DSEQ)).toBeNull();
  });
});

describe("create", () => {
  it("reserves a dseq from the height, records the SDL and manifest, and refreshes the balance", async () => {
    const { result, sign, loaded, receipts } = setup();
    await loaded();
    const sdl = "version: '2.0'\n";
    const deposit = { denom: "uact", amount: "500000" };
    const { result: tx, dseq } = await sign(() =>
      result.current.create({ owner: OWNER, sdl, built: BUILT, deposit, height: 1000 }),
    );
    expect(tx).toMatchObject({ ok: true });
    expect(dseq).toBe("1000");
    expect(loadDeploymentRecord("test", OWNER, dseq)).toMatchObject({
      sdl,
      manifestJson: BUILT.manifestJson,
    });
    await waitFor(() => expect(result.current.spendable.data?.uact).toBe(4_500_000));
    const actions = (await receipts.list()).map((r) => `${r.action}:${r.state}`);
    expect(actions).toEqual(["create:pending", "create:pending", "create:success"]);
  });
});

describe("close", () => {
  it("closes several deployments in one transaction signed once", async () => {
    const { result, sign, loaded, chain } = setup();
    await loaded();
    const tx = await sign(() => result.current.close({ owner: OWNER, dseqs: [DSEQ, "501"] }));
    expect(tx).toMatchObject({ ok: true });
    expect(chain.sent).toHaveLength(1);
    expect(chain.sent[0]?.map((m) => (m.value as { id: Value }).id.dseq)).toEqual([DSEQ, "501"]);
    await waitFor(() => expect(result.current.info.data?.deployment.state).toBe("closed"));
  });
});

describe("accept bid and close lease", () => {
  it("creates the lease and refreshes the bids and leases; closing it refreshes them again", async () => {
    const { result, sign, loaded, receipts } = setup();
    await loaded();
    await waitFor(() => expect(result.current.bids.data?.[0]?.state).toBe("open"));
    const bid = result.current.bids.data![0]!;
    expect(await sign(() => result.current.accept({ bid, providerName: "Nordlicht" }))).toMatchObject({
      ok: true,
    });
    await waitFor(() => expect(result.current.bids.data?.[0]?.state).toBe("active"));
    await waitFor(() => expect(result.current.leases.data?.map((l) => l.state)).toEqual(["active"]));
    const lease = result.current.leases.data![0]!;
    expect(await sign(() => result.current.closeLease({ lease, providerName: "Nordlicht" }))).toMatchObject({
      ok: true,
    });
    await waitFor(() => expect(result.current.leases.data?.map((l) => l.state)).toEqual(["closed"]));
    const done = (await receipts.list()).filter((r) => r.state === "success");
    // Simulated 100,000 × 1.3, plus gas to close the 5 + 1 − 1 bids the order can still receive.
    expect(done[0]?.request.fee?.gas).toBe(String(130_000 + 5 * 45_000));
    const targets = done.map((r) => [r.action, r.target]);
    expect(targets).toMatchObject([
      ["accept-bid", { owner: OWNER, dseq: DSEQ, gseq: 1, oseq: 1, provider: PROVIDER_A }],
      ["close-lease", { owner: OWNER, dseq: DSEQ, gseq: 1, oseq: 1, provider: PROVIDER_A }],
    ]);
  });
});

describe("mint", () => {
  it("refreshes the AKT the mint burned", async () => {
    const { result, sign, loaded } = setup();
    await loaded();
    const burn = { denom: "uakt", amount: "2000000" };
    expect(
      await sign(() => result.current.mint({ owner: OWNER, burn, expected: null, rate: null })),
    ).toMatchObject({
      ok: true,
    });
    await waitFor(() => expect(result.current.spendable.data?.uakt).toBe(18_000_000));
  });
});

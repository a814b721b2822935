// The deployments list's state against a fake REST gateway: search by dseq or local name, sort by
// time left, what a selection may act on, and a typed dseq that is not loaded.
import { act, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { resetBrowserStorage } from "@/test/memory-storage";
import { renderHookWithApp } from "@/test/render";
import { writeName } from "../storage/names-store";
import { deploymentInfoJson, leaseJson, OWNER, PROVIDER_A } from "../testing/chain-json";
import { useDeploymentsView } from "./use-deployments-view";

function setup() {
  resetBrowserStorage();
  writeName("test", OWNER, "999", "llm server");
  const active = [
    deploymentInfoJson({ dseq: "1000", funds: "5000000", settledAt: "1000" }),
    deploymentInfoJson({ dseq: "999", funds: "1000000", settledAt: "1000" }),
  ];
  const closed = [deploymentInfoJson({ dseq: "998", state: "closed", funds: "0", settledAt: "1000" })];
  const routes = {
    "/akash/deployment/v1beta4/deployments/list": (url: URL) => ({
      deployments: url.searchParams.get("filters.state") === "active" ? active : closed,
      pagination: { next_key: null },
    }),
    "/akash/market/v1beta5/leases/list": {
      leases: ["1000", "999"].map((dseq) => leaseJson({ dseq, provider: PROVIDER_A, price: "12.5" })),
      pagination: { next_key: null },
    },
    "/cosmos/base/tendermint/v1beta1/blocks/latest": {
      block: { header: { height: "1100", time: "2026-01-01T00:00:00Z" } },
    },
  };
  const app = renderHookWithApp(() => useDeploymentsView(OWNER), { routes, address: OWNER });
  const dseqs = () => app.result.current.shown.map((r) => r.deployment.dseq);
  const set = (patch: Partial<ReturnType<typeof useDeploymentsView>["controls"]>) =>
    act(() => app.result.current.setControls({ ...app.result.current.controls, ...patch }));
  return { ...app, dseqs, set };
}

describe("useDeploymentsView", () => {
  it("shows active and closed deployments newest first, and sorts by the time their escrow lasts", async () => {
    const { dseqs, set } = setup();
    await waitFor(() => expect(dseqs()).toEqual(["1000", "999", "998"]));
    set({ sort: "time-left" });
    // 999 has a fifth of 1000's escrow at the same price; a closed deployment has no time left.
    expect(dseqs()).toEqual(["999", "1000", "998"]);
  });

  it("searches the dseq and the names given in this browser, and offers a dseq that is not loaded", async () => {
    const { result, dseqs, set } = setup();
    await waitFor(() => expect(dseqs()).toHaveLength(3));
    set({ query: "LLM" });
    expect(dseqs()).toEqual(["999"]);
    set({ query: "1000" });
    expect(result.current.unloadedDseq).toBeNull();
    set({ query: "42" });
    expect(dseqs()).toEqual([]);
    expect(result.current.unloadedDseq).toBe("42");
  });

  it("acts only on selected deployments that are loaded and still active", async () => {
    const { result, dseqs } = setup();
    await waitFor(() => expect(dseqs()).toHaveLength(3));
    act(() => ["1000", "998", "7"].forEach(result.current.selection.toggle));
    expect(result.current.selection.actionable).toEqual(["1000"]);
    act(() => result.current.selection.toggle("1000"));
    expect(result.current.selection.actionable).toEqual([]);
    act(() => result.current.selection.toggle("999"));
    act(() => result.current.selection.clear());
    expect(result.current.selection.actionable).toEqual([]);
  });
});

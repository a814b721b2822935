// The deployments page against a fake REST gateway (injected at the fetch boundary): rows show
// what the chain says, and the page asks for leases once for the owner, never once per row.
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { deploymentInfoJson, leaseJson, OWNER, PROVIDER_A } from "../testing/chain-json";
import { DeploymentsView } from "./DeploymentsView";

function setup(opts: { active: number; leased: string[] }) {
  cleanup();
  // jsdom has no layout or scrolling; the virtualizer only needs scrollTo to exist.
  Object.defineProperty(window, "scrollTo", { value: () => undefined, configurable: true });
  const deployments = Array.from({ length: opts.active }, (_, i) =>
    deploymentInfoJson({ dseq: String(1000 - i), funds: "5000000", settledAt: "1000" }),
  );
  const routes: Record<string, unknown> = {
    "/akash/deployment/v1beta4/deployments/list": (url: URL) => ({
      deployments: url.searchParams.get("filters.state") === "active" ? deployments : [],
      pagination: { next_key: null, total: "0" },
    }),
    "/akash/market/v1beta5/leases/list": (url: URL) => ({
      leases:
        url.searchParams.get("filters.state") === "active"
          ? opts.leased.map((dseq) => leaseJson({ dseq, provider: PROVIDER_A, price: "12.5" }))
          : [],
      pagination: { next_key: null },
    }),
    "/akash/provider/v1beta4/providers": () => ({
      providers: [
        {
          owner: PROVIDER_A,
          host_uri: "https://a.example:8443",
          attributes: [
            { key: "organization", value: "Nordlicht Compute" },
            { key: "region", value: "eu-central" },
          ],
          info: { email: "", website: "" },
        },
      ],
      pagination: { next_key: null },
    }),
    "/akash/audit/v1/audit/attributes/list": () => ({ providers: [], pagination: { next_key: null } }),
    "/cosmos/base/tendermint/v1beta1/blocks/latest": () => ({
      block: { header: { height: "1100", time: "2026-01-01T00:00:00Z" } },
    }),
  };
  const { count } = renderWithApp(<DeploymentsView owner={OWNER} linkSearch="" />, { routes });
  return { count };
}

describe("DeploymentsView", () => {
  it("shows the provider, monthly cost and time left of a leased deployment", async () => {
    setup({ active: 3, leased: ["999"] });
    const row = (await screen.findAllByTestId("deployment-row")).find((r) => r.dataset.dseq === "999")!;
    // 12.5 uact/block × 2,629,756.8 s / 6 s = 5.48 ACT a month. 100 blocks since settlement:
    // 5,000,000 − 1,250 = 4,998,750 uact → 399,900 blocks × 6 s = 27 d 18 h.
    expect(await within(row).findByText("Nordlicht Compute")).toBeTruthy();
    expect(within(row).getByTestId("row-cost").textContent).toBe("$5.48/mo");
    expect(within(row).getByTestId("row-escrow").textContent).toBe("4.9988 ACT");
    expect((await within(row).findByTestId("row-time-left")).textContent).toBe("27 d 18 h");
    const idle = (await screen.findAllByTestId("deployment-row")).find((r) => r.dataset.dseq === "1000")!;
    expect(within(idle).getByTestId("row-time-left").textContent).toBe("No active lease");
  });

  it("asks for leases once per running state for the whole page, however many rows it shows", async () => {
    const { count } = setup({ active: 80, leased: ["1000", "990", "950"] });
    // 80 rows render slowly on a loaded machine; this test counts requests, not time
    await screen.findByText("80 of 80 loaded deployments", undefined, { timeout: 20_000 });
    // active and reclaiming (a lease being reclaimed still runs and is paid): two lists, not 80
    expect(count("/akash/market/v1beta5/leases/list")).toBe(2);
    expect(count("/akash/deployment/v1beta4/deployments/list")).toBe(2);
    expect(count("/akash/provider/v1beta4/providers")).toBe(1);
  }, 30_000);

  it("filters by dseq and offers to open a dseq that is not among the loaded rows", async () => {
    setup({ active: 3, leased: [] });
    await screen.findByText("3 of 3 loaded deployments");
    fireEvent.change(screen.getByLabelText("Search"), { target: { value: "99" } });
    expect((await screen.findAllByTestId("deployment-row")).map((r) => r.dataset.dseq)).toEqual([
      "999",
      "998",
    ]);
    expect(screen.getByRole("link", { name: "Open deployment 99" }).getAttribute("href")).toBe(
      "/deployments/99",
    );
    fireEvent.change(screen.getByLabelText("Search"), { target: { value: "999" } });
    expect(await screen.findByText("1 of 3 loaded deployments")).toBeTruthy();
    expect(screen.queryByRole("link", { name: /Open deployment/ })).toBeNull();
  });
});

// The overview's account section on a fake REST gateway: deployments soonest to run out first with
// their cost and time left, and when the escrow and the spendable ACT run out at the current burn.
import { cleanup, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { resetBrowserStorage } from "@/test/memory-storage";
import { renderWithApp } from "@/test/render";
import { writeName } from "../../storage/names-store";
import { deploymentInfoJson, leaseJson, OWNER } from "../../testing/chain-json";
import { AccountOverview } from "./AccountOverview";

function setup(opts: { leases: string[]; spendableUact: string }) {
  cleanup();
  resetBrowserStorage();
  writeName("test", OWNER, "999", "llm server");
  const routes = {
    "/akash/deployment/v1beta4/deployments/list": (url: URL) => ({
      deployments:
        url.searchParams.get("filters.state") === "active"
          ? [
              deploymentInfoJson({ dseq: "1000", funds: "5000000", settledAt: "1000" }),
              deploymentInfoJson({ dseq: "999", funds: "1000000", settledAt: "1000" }),
              deploymentInfoJson({ dseq: "998", funds: "2000000", settledAt: "1000" }),
            ]
          : [],
      pagination: { next_key: null },
    }),
    "/akash/market/v1beta5/leases/list": (url: URL) => ({
      leases:
        url.searchParams.get("filters.state") === "active"
          ? opts.leases.map((dseq) => leaseJson({ dseq, price: "100" }))
          : [],
      pagination: { next_key: null },
    }),
    [`/cosmos/bank/v1beta1/balances/${OWNER}`]: {
      balances: [{ denom: "uact", amount: opts.spendableUact }],
      pagination: { next_key: null },
    },
    "/cosmos/base/tendermint/v1beta1/blocks/latest": {
      block: { header: { height: "1000", time: "2026-01-01T00:00:00Z" } },
    },
  };
  renderWithApp(<AccountOverview owner={OWNER} />, { routes, address: OWNER });
}

const WAIT = { timeout: 8_000 };

describe("AccountOverview", () => {
  it("lists deployments soonest to run out first and says when escrow and spendable ACT run out", async () => {
    // 999: 1 ACT at 100 uact a block (6 s blocks) lasts 10,000 blocks; 1000: 5 ACT, 50,000 blocks;
    // 998 has no lease and goes last.
    setup({ leases: ["1000", "999"], spendableUact: "6000000" });
    await waitFor(
      () =>
        expect(screen.getAllByTestId("overview-deployment").map((li) => li.dataset.dseq)).toEqual([
          "999",
          "1000",
          "998",
        ]),
      WAIT,
    );
    const [first, second, third] = screen.getAllByTestId("overview-time-left").map((e) => e.textContent);
    expect([first, second, third]).toEqual(["16 h 40 min", "3 d 11 h", "No active lease"]);
    expect(screen.getByRole("link", { name: "llm server" }).getAttribute("href")).toBe("/deployments/999");
    const runway = await screen.findByTestId("account-runway", undefined, WAIT);
    // 200 uact a block is 0.12 ACT an hour, from 6 ACT in escrow.
    expect(runway.textContent).toMatch(/^Spending 0\.12 ACT\/hour from 6 ACT in escrow\./);
    expect(screen.getByTestId("runway-first").textContent).toBe("16 h 40 min");
    expect(screen.getByTestId("runway-escrow").textContent).toBe("3 d 11 h");
    // 6 ACT escrow + 6 ACT spendable at 200 a block: 60,000 blocks, 4 d 4 h.
    await waitFor(() => expect(screen.getByTestId("runway-all").textContent).toBe("4 d 4 h"), WAIT);
    expect(runway.textContent).toMatch(/2 ACT sits in the escrow of deployments without a lease/);
  });

  it("says nothing is being spent when no lease runs", async () => {
    setup({ leases: [], spendableUact: "6000000" });
    expect((await screen.findByTestId("account-runway", undefined, WAIT)).textContent).toMatch(
      /^Nothing is running: no ACT is being spent\. 8 ACT sits in the escrow/,
    );
  });
});

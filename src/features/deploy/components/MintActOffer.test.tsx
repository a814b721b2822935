// The mint offer against a fake REST gateway (injected at the fetch boundary): with the oracle and
// BME routes it predicts the ACT; without them it says so and still lets the user mint.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { MintActOffer } from "./MintActOffer";

const OWNER = "akash1newcomer";

const BME_ROUTES: Record<string, unknown> = {
  "/akash/oracle/v2/aggregated_price/akt": {
    aggregated_price: {
      denom: "akt",
      twap: "1.250000000000000000",
      median_price: "1.250000000000000000",
      timestamp: "2026-01-01T00:00:00Z",
      num_sources: 3,
    },
    price_health: { is_healthy: true, failure_reason: [] },
  },
  "/akash/bme/v1/params": { params: { min_epoch_blocks: "10", mint_spread_bps: 25 } },
  "/akash/bme/v1/status": { status: "mint_status_healthy", mints_allowed: true },
};

function setup(opts: { bme: boolean }) {
  cleanup();
  const routes: Record<string, unknown> = {
    ...(opts.bme ? BME_ROUTES : {}),
    [`/cosmos/bank/v1beta1/balances/${OWNER}`]: {
      balances: [{ denom: "uakt", amount: "20000000" }],
      pagination: { next_key: null, total: "1" },
    },
    "/cosmos/base/tendermint/v1beta1/blocks/latest": {
      block: { header: { height: "1100", time: "2026-01-01T00:00:06Z" } },
    },
  };
  // A gateway answers 501 (Not Implemented) for a route it does not serve.
  const unknownRoute = () =>
    new Response(JSON.stringify({ code: 12, message: "Not Implemented" }), { status: 501 });
  renderWithApp(<MintActOffer shortUact={500_000n} onSubmitted={() => undefined} />, {
    routes,
    unknownRoute,
    address: OWNER,
  });
}

const mintButton = () => screen.getByRole("button", { name: "Mint ACT" }) as HTMLButtonElement;

describe("MintActOffer", () => {
  it("predicts the ACT of the default burn: the deposit plus a price margin, at the TWAP less the spread", async () => {
    setup({ bme: true });
    expect((await screen.findByTestId("mint-receive")).textContent).toBe("0.502501 ACT");
    expect((screen.getByLabelText("AKT to burn") as HTMLInputElement).value).toBe("0.403008");
    expect(screen.getByTestId("mint-price").textContent).toMatch(
      /^1 AKT = 1.25 ACT.*3 sources, 6 s before the latest block/,
    );
    expect(screen.getByTestId("mint-spread").textContent).toBe(
      "0.25% (0.001259 ACT of 0.50376 ACT stays in the BME vault)",
    );
    expect(screen.getByTestId("mint-fee").textContent).toMatch(/^about 0.00325 AKT/);
    expect(screen.getByText(/within 10 blocks \(about 1 min\)/)).toBeTruthy();
    expect(mintButton().disabled).toBe(false);
  });

  it("follows an edited amount and refuses more AKT than the wallet holds with the fee", async () => {
    setup({ bme: true });
    await screen.findByTestId("mint-receive");
    fireEvent.change(screen.getByLabelText("AKT to burn"), { target: { value: "2" } });
    expect(screen.getByTestId("mint-receive").textContent).toBe("2.49375 ACT");
    fireEvent.change(screen.getByLabelText("AKT to burn"), { target: { value: "20" } });
    expect(screen.getByRole("alert").textContent).toMatch(
      /You have 20 AKT: not enough to burn 20 AKT and pay the fee/,
    );
    expect(mintButton().disabled).toBe(true);
  });

  it("says plainly when the network serves no oracle price, and still offers the mint", async () => {
    setup({ bme: false });
    // A gateway answers 501 for an unknown route: every endpoint is tried, then one retry.
    expect((await screen.findByRole("status", undefined, { timeout: 5_000 })).textContent).toMatch(
      /does not serve the AKT price \(it has no oracle or BME module\), so the amount of ACT cannot be predicted/,
    );
    expect(screen.queryByTestId("mint-receive")).toBeNull();
    expect((screen.getByLabelText("AKT to burn") as HTMLInputElement).value).toBe("0.5");
    expect(mintButton().disabled).toBe(false);
  });
});

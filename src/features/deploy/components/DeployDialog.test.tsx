// The studio's deploy dialog on the real pipeline (fake chain, fake REST gateway): what will be
// created and its deposit, the mint offer when the wallet lacks ACT, and a create that is signed,
// recorded and opens the new deployment's page.
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useLocation } from "react-router";
import { loadDeploymentRecord } from "@/features/deployments";
import { deploymentNames } from "@/features/deployments/storage/names-store";
import { findTemplate } from "@/features/sdl/templates/catalog";
import { fakeChain } from "@/features/transactions/testing/fake-chain";
import { resetBrowserStorage } from "@/test/memory-storage";
import { renderWithApp } from "@/test/render";
import { DeployDialog } from "./DeployDialog";

const OWNER = "akash1tenant000000000000000000000000000000000";
// Templates' per-block amounts follow their hourly price; these tests fix round ones.
const SDL = findTemplate("web-server")!.sdl.replace("amount: 25.408333", "amount: 5");

function Location() {
  return <p data-testid="location">{useLocation().pathname}</p>;
}

const GPU_SDL = findTemplate("ollama-llm")!.sdl.replace("amount: 5081.666667", "amount: 4000");

function setup(opts: { uact: number; sdl?: string }) {
  cleanup();
  resetBrowserStorage();
  const closed: string[] = [];
  const chain = fakeChain({ height: 1001 });
  const routes = {
    [`/cosmos/bank/v1beta1/balances/${OWNER}`]: {
      balances: [
        { denom: "uact", amount: String(opts.uact) },
        { denom: "uakt", amount: "20000000" },
      ],
      pagination: { next_key: null },
    },
    "/cosmos/base/tendermint/v1beta1/blocks/latest": {
      block: { header: { height: "1000", time: "2026-01-01T00:00:00Z" } },
    },
  };
  renderWithApp(
    <>
      <DeployDialog
        draft={{ sdl: opts.sdl ?? SDL, name: "Shop front" }}
        onClose={() => closed.push("closed")}
      />
      <Location />
    </>,
    { routes, address: OWNER, chain: chain.connect, path: "/new" },
  );
  const create = () => screen.getByRole("button", { name: "Create deployment" }) as HTMLButtonElement;
  return { closed, chain, create };
}

describe("DeployDialog", { timeout: 20_000 }, () => {
  it("shows each group and its maximum price, and checks the deposit", async () => {
    const { create } = setup({ uact: 5_000_000 });
    // The groups come from chain-sdk's build of the SDL (loaded lazily, as in the browser).
    // The template asks for 5 uact a block for its "akash" placement group.
    expect((await screen.findByText(/per block$/, undefined, { timeout: 10_000 })).textContent).toBe(
      "akash: 1 × 0.5 CPU, 0.5 GiB; at most 0.000005 ACT per block",
    );
    await waitFor(() => expect(create().disabled).toBe(false));
    fireEvent.change(screen.getByLabelText(/^Deposit \(ACT\)/), { target: { value: "0.1" } });
    expect(screen.getByText("The network's minimum deposit is 0.5 ACT.")).toBeTruthy();
    expect(create().disabled).toBe(true);
  });

  it("defaults the deposit to a day at the maximum price, shows its runway live, warns under an hour", async () => {
    setup({ uact: 100_000_000, sdl: GPU_SDL });
    // 4,000 uact a block at most; 24 h of 6 s blocks is 14,400 blocks: 57.6 ACT.
    const deposit = (await screen.findByLabelText(/^Deposit \(ACT\)/, undefined, {
      timeout: 10_000,
    })) as HTMLInputElement;
    expect(deposit.value).toBe("57.6");
    expect(screen.getByTestId("deposit-runway").textContent).toMatch(
      /^Lasts at least 1 d at the maximum price/,
    );
    expect(screen.queryByTestId("deposit-short-runway")).toBeNull();
    // Another runway sets another deposit.
    fireEvent.change(screen.getByLabelText(/^Runway \(hours\)/), { target: { value: "2" } });
    expect(deposit.value).toBe("4.8");
    // The chain's minimum lasts 125 blocks at this price: the dialog says so before anything is signed.
    fireEvent.change(deposit, { target: { value: "0.5" } });
    expect(screen.getByTestId("deposit-runway").textContent).toMatch(/^Lasts at least 12 min/);
    expect(screen.getByTestId("deposit-short-runway").textContent).toMatch(
      /Under an hour: at the maximum price this deposit lasts 12 min.*2\.4 ACT covers an hour/,
    );
    fireEvent.change(deposit, { target: { value: "2.4" } });
    expect(screen.queryByTestId("deposit-short-runway")).toBeNull();
  });

  it("offers to mint ACT when the wallet has less than the deposit, and holds the create back", async () => {
    const { create } = setup({ uact: 100_000 });
    expect(
      await screen.findByText(/Your wallet lacks 0\.4 ACT for this deposit/, undefined, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(create().disabled).toBe(true);
  });

  it("creates the deployment, keeps its SDL and the draft's name (as edited), and opens its page", async () => {
    const { create, chain } = setup({ uact: 5_000_000 });
    await waitFor(() => expect(create().disabled).toBe(false), { timeout: 10_000 });
    const name = screen.getByLabelText(/^Name/) as HTMLInputElement;
    expect(name.value).toBe("Shop front");
    fireEvent.change(name, { target: { value: "Shop front (EU)" } });
    fireEvent.click(create());
    fireEvent.click(await screen.findByRole("button", { name: "Sign in Keplr" }));
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/deployments/1000"));
    expect(chain.sent.map((tx) => tx.map((m) => m.typeUrl))).toEqual([
      ["/akash.deployment.v1beta4.MsgCreateDeployment"],
    ]);
    expect(loadDeploymentRecord("test", OWNER, "1000")?.sdl).toBe(SDL);
    expect(deploymentNames("test", OWNER).get()).toEqual({ "1000": "Shop front (EU)" });
  });

  it("goes back to the editor without creating anything", async () => {
    const { closed, chain } = setup({ uact: 5_000_000 });
    fireEvent.click(await screen.findByRole("button", { name: "Back to the editor" }, { timeout: 10_000 }));
    expect(closed).toEqual(["closed"]);
    expect(chain.sent).toEqual([]);
  });
});

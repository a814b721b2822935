import { describe, expect, it } from "vitest";
import { createRestClient } from "@/lib/rest-client";
import { fetchSpendable, toSpendable } from "./bank-balances";
import { fetchEscrowTotals } from "./escrow-balance";

const OWNER = "akash1owner";

function deployment(funds: { denom: string; amount: string }[]) {
  return {
    deployment: { id: { owner: OWNER, dseq: "1" }, state: "active" },
    groups: [],
    escrow_account: { id: { scope: "deployment", xid: `${OWNER}/1` }, state: { owner: OWNER, funds } },
  };
}

/** A REST gateway that serves fixed pages by pagination.key and records every request. */
function setup(pages: Record<string, unknown>) {
  const requests: URL[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = new URL(String(input));
    requests.push(url);
    const body = pages[url.searchParams.get("pagination.key") ?? ""];
    return body ? new Response(JSON.stringify(body)) : new Response('{"message":"no"}', { status: 404 });
  }) as typeof fetch;
  return { rest: createRestClient(["http://rest.test"], fetchImpl), requests };
}

describe("spendable balances", () => {
  it("splits AKT and ACT from other denoms", () => {
    expect(
      toSpendable([
        { denom: "uakt", amount: "5000000" },
        { denom: "uact", amount: "12500000" },
        { denom: "ibc/ABC", amount: "7" },
      ]),
    ).toEqual({ uakt: 5_000_000, uact: 12_500_000, others: [{ denom: "ibc/ABC", amount: "7" }] });
    expect(toSpendable([])).toEqual({ uakt: 0, uact: 0, others: [] });
  });

  it("reads every page of the bank balances of the address", async () => {
    const { rest, requests } = setup({
      "": { balances: [{ denom: "uakt", amount: "10" }], pagination: { next_key: "Mg==" } },
      "Mg==": { balances: [{ denom: "uact", amount: "20" }], pagination: { next_key: null } },
    });
    expect(await fetchSpendable(rest, OWNER)).toEqual({ uakt: 10, uact: 20, others: [] });
    expect(requests.map((r) => r.pathname)).toEqual([
      `/cosmos/bank/v1beta1/balances/${OWNER}`,
      `/cosmos/bank/v1beta1/balances/${OWNER}`,
    ]);
  });

  it("names the endpoint's mistake when the body has the wrong shape", async () => {
    const { rest } = setup({ "": { balances: [{ denom: "uakt", amount: "lots" }] } });
    await expect(fetchSpendable(rest, OWNER)).rejects.toThrow(/balances in an unexpected shape/);
  });
});

describe("escrow totals", () => {
  it("sums decimal escrow funds per denom across all active deployments, page by page", async () => {
    const { rest, requests } = setup({
      "": {
        deployments: [
          deployment([{ denom: "uact", amount: "4999999.500000000000000000" }]),
          deployment([{ denom: "uact", amount: "0.500000000000000000" }]),
        ],
        pagination: { next_key: "AQ==", total: "0" },
      },
      "AQ==": {
        deployments: [deployment([{ denom: "uakt", amount: "1000000.000000000000000000" }])],
        pagination: { next_key: null },
      },
    });
    expect(await fetchEscrowTotals(rest, OWNER)).toEqual({
      uact: 5_000_000,
      uakt: 1_000_000,
      activeDeployments: 3,
    });
    expect(requests).toHaveLength(2);
    const first = requests[0]!;
    expect(first.pathname).toBe("/akash/deployment/v1beta4/deployments/list");
    expect(first.searchParams.get("filters.owner")).toBe(OWNER);
    expect(first.searchParams.get("filters.state")).toBe("active");
    expect(requests[1]!.searchParams.get("pagination.key")).toBe("AQ==");
  });

  it("counts nothing for an owner without active deployments", async () => {
    const { rest } = setup({ "": { deployments: [], pagination: null } });
    expect(await fetchEscrowTotals(rest, OWNER)).toEqual({ uact: 0, uakt: 0, activeDeployments: 0 });
  });
});

// The live bids table against a fake REST gateway: cheapest first, with who bids, audits and GPUs;
// the filters; Accept hands over the bid; and with no bid after a while, the likely reasons.
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import type { BidRow } from "../utils/bid-view";
import type { GroupRequirements } from "../utils/screening";
import { BidsPanel } from "./BidsPanel";

const OWNER = "akash1tenant000000000000000000000000000000000";
const AUDITED = "akash1provider0000000000000000000000000000a";
const CHEAP = "akash1provider0000000000000000000000000000b";
const AUDITOR = "akash1auditor00000000000000000000000000000";
/** A DecCoin amount as the chain prints it: 18 decimals. */
const dec = (n: number) => n.toFixed(18);

/** A bid as the gateway lists it; `gpus` models in its offer (one: the model it allocated). */
function bidJson(provider: string, perBlock: number, gpus: string[], state = "open", bseq = 0, units = 1) {
  const attributes = gpus.map((m) => ({ key: `vendor/nvidia/model/${m}`, value: "true" }));
  return {
    bid: {
      id: { owner: OWNER, dseq: "1000", gseq: 1, oseq: 1, provider, bseq },
      state,
      price: { denom: "uact", amount: dec(perBlock) },
      created_at: "1002",
      resources_offer: [
        { resources: { id: 1, gpu: { units: { val: String(units) }, attributes } }, count: 1 },
      ],
    },
  };
}

function providerJson(owner: string, organization: string, gpu: string) {
  return {
    owner,
    host_uri: `https://${organization.split(" ")[0]!.toLowerCase()}.example:8443`,
    attributes: [
      { key: "organization", value: organization },
      { key: "region", value: "eu-central" },
      { key: `capabilities/gpu/vendor/nvidia/model/${gpu}`, value: "true" },
    ],
    info: { email: "", website: "" },
  };
}

function setup(opts: { bids?: unknown[]; groups?: GroupRequirements[] } = {}) {
  cleanup();
  const accepted: BidRow[] = [];
  const routes = {
    "/akash/market/v1beta5/bids/list": {
      bids: opts.bids ?? [
        bidJson(AUDITED, 20, ["h100"], "open", 0, 2),
        bidJson(CHEAP, 12.5, ["a100"]),
        bidJson(AUDITED, 5, ["h100"], "lost", 1),
      ],
      pagination: { next_key: null },
    },
    "/akash/provider/v1beta4/providers": {
      providers: [
        providerJson(AUDITED, "Nordlicht Compute", "h100"),
        providerJson(CHEAP, "Cheap Cloud", "a100"),
      ],
      pagination: { next_key: null },
    },
    "/akash/audit/v1/audit/attributes/list": {
      providers: [{ owner: AUDITED, auditor: AUDITOR, attributes: [{ key: "region", value: "eu-central" }] }],
      pagination: { next_key: null },
    },
    "/cosmos/base/tendermint/v1beta1/blocks/latest": {
      block: { header: { height: "1100", time: "2026-01-01T00:00:00Z" } },
    },
  };
  renderWithApp(
    <BidsPanel
      owner={OWNER}
      dseq="1000"
      createdHeight={1000}
      groups={opts.groups ?? []}
      onAccept={(row) => accepted.push(row)}
      busy={false}
    />,
    { routes, address: OWNER },
  );
  const rows = () => screen.queryAllByTestId("bid-row");
  const shown = () => rows().map((r) => r.dataset.provider);
  return { accepted, rows, shown };
}

describe("BidsPanel", () => {
  it("lists open bids cheapest first: the provider linked, its auditors, its GPU and prices", async () => {
    const { rows, shown } = setup();
    expect(await screen.findByText("Cheap Cloud")).toBeTruthy();
    expect(shown()).toEqual([CHEAP, AUDITED]);
    const [cheap, audited] = rows();
    expect(within(cheap!).getByText("Not audited")).toBeTruthy();
    expect(within(cheap!).getByTestId("bid-gpu").textContent).toBe("1 × A100");
    expect(within(cheap!).getByRole("link", { name: "Cheap Cloud" }).getAttribute("href")).toBe(
      `/providers/${CHEAP}`,
    );
    // An auditor this network does not know by name is shown by its short address.
    expect(within(audited!).getByTestId("bid-auditors").textContent).toBe("Audited by akash1audi…0000");
    expect(within(audited!).getByTestId("bid-gpu").textContent).toBe("2 × H100");
    // 20 uact a block, 6 s blocks: 20 × 2,629,746 / 6 ≈ 8.77 ACT a month; 0.012 ACT/h for 2 GPUs.
    expect(within(audited!).getByTestId("bid-price-month").textContent).toMatch(/^8\.7\d ACT\/month$/);
    expect(within(audited!).getByTestId("bid-price-gpu-hour").textContent).toBe(" · 0.006 ACT/GPU-hour");
    expect(within(cheap!).getByTestId("bid-among").textContent).toBe("Cheapest of 2 · 23% under the median");
  });

  it("sorts by price per GPU-hour, and leaves a bid that does not name its GPU out of a GPU filter", async () => {
    const ECHO = "akash1provider0000000000000000000000000000e";
    const { shown } = setup({
      bids: [
        bidJson(AUDITED, 20, ["h100"], "open", 0, 2),
        bidJson(CHEAP, 12.5, ["a100"]),
        bidJson(ECHO, 30, ["h100", "a100"]),
      ],
    });
    await screen.findByText("Cheap Cloud");
    expect(shown()).toEqual([CHEAP, AUDITED, ECHO]);
    fireEvent.change(screen.getByLabelText("Sort bids by"), { target: { value: "gpu-hour" } });
    expect(shown()).toEqual([AUDITED, CHEAP, ECHO]);
    fireEvent.change(screen.getByLabelText("GPU model"), { target: { value: "h100" } });
    expect(shown()).toEqual([AUDITED]);
    expect(screen.getByTestId("bids-unstated-gpu").textContent).toMatch(/^1 bid does not name its GPU/);
  });

  it("filters by audit, GPU model and a maximum price per hour", async () => {
    const { shown } = setup();
    await screen.findByText("Cheap Cloud");
    fireEvent.click(screen.getByLabelText("Audited only"));
    expect(shown()).toEqual([AUDITED]);
    fireEvent.click(screen.getByLabelText("Audited only"));
    fireEvent.change(screen.getByLabelText("GPU model"), { target: { value: "a100" } });
    expect(shown()).toEqual([CHEAP]);
    fireEvent.change(screen.getByLabelText("GPU model"), { target: { value: "" } });
    // 12.5 uact a block is 0.0075 ACT an hour; 20 is 0.012.
    fireEvent.change(screen.getByLabelText("Maximum ACT per hour"), { target: { value: "0.01" } });
    expect(shown()).toEqual([CHEAP]);
    fireEvent.change(screen.getByLabelText("Maximum ACT per hour"), { target: { value: "0.001" } });
    expect(screen.getByText("No bid passes these filters.")).toBeTruthy();
  });

  it("hands the chosen bid to Accept", async () => {
    const { rows, accepted } = setup();
    await screen.findByText("Cheap Cloud");
    fireEvent.click(within(rows()[1]!).getByRole("button", { name: "Accept" }));
    expect(accepted.map((r) => [r.bid.provider, r.bid.price.amount])).toEqual([[AUDITED, dec(20)]]);
  });

  it("says why no bid is likely to come once it has waited a few blocks", async () => {
    setup({
      bids: [],
      groups: [
        {
          gseq: 1,
          name: "dcloud",
          gpuKeys: ["vendor/nvidia/model/rtx4090"],
          gpuCount: 1,
          cpuMillis: 1000,
          memoryBytes: 0,
          attributes: [],
          signedBy: { allOf: [], anyOf: [] },
        },
      ],
    });
    expect(await screen.findByText(/Waiting for providers to bid… \(100 blocks so far\)/)).toBeTruthy();
    expect((await screen.findByTestId("no-bid-reasons")).textContent).toMatch(
      /Of 2 providers, 2 lack the GPU your SDL asks for\./,
    );
  });
});

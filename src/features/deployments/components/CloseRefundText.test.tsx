// Before a close is signed, the confirmation says how much comes back, from the escrow as the chain
// stores it less what the running leases used since it last settled.
import { cleanup, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { resetBrowserStorage } from "@/test/memory-storage";
import { renderWithApp } from "@/test/render";
import { deploymentInfoJson, leaseJson, OWNER } from "../testing/chain-json";
import { CloseRefundText } from "./CloseRefundText";

const WAIT = { timeout: 8_000 };

function setup(dseqs: string[], opts: { leasesFail?: boolean } = {}) {
  cleanup();
  resetBrowserStorage();
  const infos: Record<string, unknown> = {
    // 10 ACT settled at 1000, a lease at 1,000 uact a block: at 1150, 9.85 ACT is left.
    "1000": deploymentInfoJson({ dseq: "1000", funds: "10000000", settledAt: "1000" }),
    // 2 ACT and nothing running: all of it.
    "990": deploymentInfoJson({ dseq: "990", funds: "2000000", settledAt: "1000" }),
  };
  const routes = {
    "/akash/deployment/v1beta4/deployments/info": (url: URL) => {
      const body = infos[url.searchParams.get("id.dseq") ?? ""];
      if (!body) throw new Error("no such deployment");
      return body;
    },
    "/akash/market/v1beta5/leases/list": opts.leasesFail
      ? () => {
          throw new Error("down");
        }
      : (url: URL) => ({
          // asked once for active leases and once for reclaiming ones
          leases:
            url.searchParams.get("filters.state") === "active"
              ? [leaseJson({ dseq: "1000", price: "1000" })]
              : [],
          pagination: { next_key: null },
        }),
    "/cosmos/base/tendermint/v1beta1/blocks/latest": {
      block: { header: { height: "1150", time: "2026-01-01T00:00:00Z" } },
    },
  };
  renderWithApp(<CloseRefundText owner={OWNER} dseqs={dseqs} open />, { routes, address: OWNER });
}

describe("CloseRefundText", () => {
  it("says what one deployment's close returns", async () => {
    setup(["1000"]);
    expect((await screen.findByTestId("close-refund", undefined, WAIT)).textContent).toMatch(
      /^About 9\.85 ACT comes back/,
    );
  });

  it("adds up a bulk close", async () => {
    setup(["1000", "990"]);
    expect((await screen.findByTestId("close-refund", undefined, WAIT)).textContent).toMatch(
      /^About 11\.85 ACT comes back/,
    );
  });

  it("gives no figure when the running leases cannot be read", async () => {
    setup(["1000"], { leasesFail: true });
    expect(await screen.findByText(/could not be read/, undefined, WAIT)).toBeTruthy();
    expect(screen.queryByTestId("close-refund")).toBeNull();
  });
});

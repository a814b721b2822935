// A console on a static host may have no provider proxy (config.json's providerProxy is null):
// the lease card then says plainly what it cannot do, and asks no provider anything.
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { LeaseCard } from "./LeaseCard";

const LEASE = { dseq: "42", gseq: 1, oseq: 1, provider: "akash1provider" };
const OWNER = "akash1tenant";

afterEach(() => {
  cleanup();
});

function setup(providerProxy: string | null) {
  return renderWithApp(<LeaseCard lease={LEASE} />, { providerProxy, address: OWNER });
}

describe("LeaseCard without a provider proxy", () => {
  it("says the console cannot reach providers, and that the chain still works", () => {
    setup(null);
    const note = screen.getByTestId("no-proxy").textContent;
    expect(note).toMatch(/no provider proxy/);
    expect(note).toMatch(/manifest, lease status, logs and events are unavailable/);
    expect(note).toMatch(/Everything on chain .* still works/);
    expect(screen.queryByText(/Asking the provider/)).toBeNull();
  });

  it("shows no such note when a proxy is configured", () => {
    setup("/provider-proxy");
    expect(screen.queryByTestId("no-proxy")).toBeNull();
  });
});

// Network preferences are one persisted store: what another tab chooses (or clears) applies here.
import { act, cleanup, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { MAINNET, SANDBOX } from "@/config/networks";
import { otherTabChanged, resetBrowserStorage } from "@/test/memory-storage";
import { NetworkProvider } from "./NetworkProvider";
import { useNetwork } from "./network-context";

function Shown() {
  const { network } = useNetwork();
  return (
    <p data-testid="network" data-rpc={network.rpc[0]}>
      {network.id}
    </p>
  );
}

function setup() {
  cleanup();
  resetBrowserStorage();
  const config = {
    defaultNetwork: "mainnet",
    networks: [MAINNET, SANDBOX],
    walletConnectProjectId: null,
    providerProxy: "/p",
  };
  render(
    <NetworkProvider appConfig={config}>
      <Shown />
    </NetworkProvider>,
  );
  const anotherTabWrites = (prefs: unknown) =>
    act(() => {
      localStorage.setItem(STORAGE_KEYS.network, JSON.stringify({ v: 1, data: prefs }));
      otherTabChanged(STORAGE_KEYS.network);
    });
  return { anotherTabWrites, shown: () => screen.getByTestId("network") };
}

describe("NetworkProvider", () => {
  it("follows the network and endpoints another tab chose, and its clear()", () => {
    const { anotherTabWrites, shown } = setup();
    expect(shown().textContent).toBe("mainnet");
    anotherTabWrites({
      selected: "sandbox",
      custom: { sandbox: { rpc: ["https://rpc.mine.example"], rest: [] } },
    });
    expect(shown().textContent).toBe("sandbox");
    expect(shown().dataset.rpc).toBe("https://rpc.mine.example");
    act(() => {
      localStorage.clear();
      otherTabChanged(null);
    });
    expect(shown().textContent).toBe("mainnet");
  });
});

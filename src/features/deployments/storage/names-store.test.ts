import { describe, expect, it } from "vitest";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { resetBrowserStorage } from "@/test/memory-storage";
import { deploymentNames, writeName } from "./names-store";

function setup() {
  resetBrowserStorage();
  const names = (network: string) => deploymentNames(network, "akash1owner").get();
  return { names };
}

describe("deployment names", () => {
  it("keeps names per network and owner, so one dseq on two networks never shares a name", () => {
    const { names } = setup();
    expect(writeName("mainnet", "akash1owner", "42", "  api server  ")).toBe(true);
    expect(names("mainnet")).toEqual({ "42": "api server" });
    expect(names("sandbox")).toEqual({});
    const stored = localStorage.getItem(STORAGE_KEYS.deploymentNames("mainnet", "akash1owner"));
    expect(JSON.parse(stored ?? "{}")).toEqual({ v: 1, data: { "42": "api server" } });
  });

  it("clears a name given as empty and caps long names at 64 characters", () => {
    const { names } = setup();
    writeName("mainnet", "akash1owner", "42", "x".repeat(100));
    expect(names("mainnet")["42"]).toHaveLength(64);
    writeName("mainnet", "akash1owner", "42", "   ");
    expect(names("mainnet")).toEqual({});
  });
});

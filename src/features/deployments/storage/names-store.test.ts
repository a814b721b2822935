import { describe, expect, it } from "vitest";
import { namesKey, readNames, writeName } from "./names-store";

function setup() {
  localStorage.clear();
  const mainnet = namesKey("mainnet", "akash1owner");
  const sandbox = namesKey("sandbox", "akash1owner");
  return { mainnet, sandbox };
}

describe("deployment names", () => {
  it("keeps names per network and owner, so one dseq on two networks never shares a name", () => {
    const { mainnet, sandbox } = setup();
    expect(writeName(mainnet, "42", "  api server  ")).toBe(true);
    expect(readNames(mainnet)).toEqual({ "42": "api server" });
    expect(readNames(sandbox)).toEqual({});
    expect(JSON.parse(localStorage.getItem(mainnet) ?? "{}")).toEqual({ "42": "api server" });
  });

  it("clears a name given as empty and caps long names at 64 characters", () => {
    const { mainnet } = setup();
    writeName(mainnet, "42", "x".repeat(100));
    expect(readNames(mainnet)["42"]).toHaveLength(64);
    writeName(mainnet, "42", "   ");
    expect(readNames(mainnet)).toEqual({});
  });
});

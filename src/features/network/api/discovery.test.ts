import { describe, expect, it } from "vitest";
import { clientVerdict, compareVersions, parseDiscovery } from "./discovery";

const MODULES = [
  { module: "audit", version: "v1" },
  { module: "cert", version: "v1" },
  { module: "deployment", version: "v1beta4" },
  { module: "escrow", version: "v1" },
  { module: "market", version: "v1beta5" },
  { module: "provider", version: "v1beta4" },
];

/** The gateway's answer, as node v2.1 (and localnet) serve it. */
function answer(minClientVersion: string, modules = MODULES) {
  return {
    info: {
      client_info: { api_version: "v1beta3" },
      supported_versions: [
        { api_version: "v1beta4", modules, features: [] },
        { api_version: "v1beta3", modules, features: [] },
      ],
      chain_id: "akashnet-2",
      node_version: "2.1.0",
      min_client_version: minClientVersion,
    },
  };
}

describe("compareVersions", () => {
  it.each([
    ["1.0.0-alpha.25", "1.0.0-alpha.45", -1],
    ["1.0.0-alpha.45", "1.0.0-alpha.25", 1],
    ["1.0.0-alpha.25", "1.0.0", -1],
    ["1.0.0", "1.0.0-rc.1", 1],
    ["1.0.0-alpha.9", "1.0.0-alpha.10", -1],
    ["1.0.0-alpha", "1.0.0-alpha.1", -1],
    ["1.0.0-alpha.beta", "1.0.0-alpha.1", 1],
    ["v2.1.0", "2.1.0", 0],
    ["0.36.0", "1.0.0-alpha.1", -1],
  ])("%s against %s", (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it("does not order what is not a version", () => {
    expect(compareVersions("latest", "1.0.0")).toBeNaN();
  });
});

describe("clientVerdict", () => {
  it("says nothing when the node asks for no minimum, or for one this console meets", () => {
    expect(clientVerdict(parseDiscovery(answer("")), "1.0.0-alpha.25")).toBeNull();
    expect(clientVerdict(parseDiscovery(answer("1.0.0-alpha.20")), "1.0.0-alpha.25")).toBeNull();
    expect(clientVerdict(parseDiscovery(answer("v1.0.0-alpha.25")), "1.0.0-alpha.25")).toBeNull();
  });

  it("names the network, the version it asks for and the one this console has", () => {
    expect(clientVerdict(parseDiscovery(answer("1.0.0-alpha.45")), "1.0.0-alpha.25")).toBe(
      "This network (akashnet-2, node v2.1.0) asks for a client at version 1.0.0-alpha.45 or newer; this " +
        "console is built with chain-sdk 1.0.0-alpha.25. The chain may refuse what it sends: update the " +
        "console before deploying.",
    );
  });

  it("treats a minimum it cannot read as newer than this console", () => {
    expect(clientVerdict(parseDiscovery(answer("next")), "1.0.0-alpha.25")).toMatch(
      /asks for a client at version next/,
    );
  });

  it("says which module versions the node stopped serving", () => {
    const upgraded = MODULES.map((m) => (m.module === "market" ? { ...m, version: "v1beta6" } : m));
    expect(clientVerdict(parseDiscovery(answer("", upgraded)), "1.0.0-alpha.25")).toMatch(
      /no longer serves market v1beta5, which this console uses/,
    );
  });

  it("refuses an answer without info", () => {
    expect(() => parseDiscovery({})).toThrow(/no info/);
  });
});

// deploy/console.sdl.yaml deploys this console on Akash. It must pass the console's own SDL
// checker (chain-sdk's validation plus our rules, exactly what the studio runs) with no finding
// at all, build a manifest, and keep the promises the docs make: CPU only, reachable globally
// over HTTP(S), an image pinned by digest, priced in ACT, and the container's real port.
import { readFileSync } from "node:fs";
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { checkSdl } from "../src/features/sdl/checker/check-sdl";

const SDL = readFileSync(new URL("../deploy/console.sdl.yaml", import.meta.url), "utf8");
const DOCKERFILE = readFileSync(new URL("../Dockerfile", import.meta.url), "utf8");

function lint(kind: "mainnet" | "sandbox") {
  return checkSdl(SDL, {
    engine: chainSdk,
    network: { name: kind, kind, deploymentDenom: "uact" },
    gpuOffers: [],
  });
}

describe("deploy/console.sdl.yaml", () => {
  it("lints clean on mainnet and sandbox and builds a manifest", () => {
    for (const kind of ["mainnet", "sandbox"] as const) {
      const result = lint(kind);
      expect(result.diagnostics, kind).toEqual([]);
      expect(result.manifest?.groups).toHaveLength(1);
      const json = chainSdk.manifestToSortedJSON(result.manifest!.groups);
      expect(JSON.parse(json)).toHaveLength(1);
    }
  });

  it("is CPU only, global on port 80, pinned by digest and priced in ACT", () => {
    const { manifest } = lint("mainnet");
    const service = manifest!.groups[0]!.services[0]!;
    expect(service.image).toMatch(/@sha256:[0-9a-f]{64}$/);
    const gpuUnits = service.resources?.gpu?.units?.val;
    expect(gpuUnits ? new TextDecoder().decode(gpuUnits) : "0").toBe("0");
    const expose = service.expose[0]!;
    expect(expose).toMatchObject({ port: 8080, externalPort: 80, global: true });
    const price = manifest!.groupSpecs[0]!.resources[0]!.price;
    expect(price?.denom).toBe("uact");
  });

  it("runs the container the Dockerfile builds: the port it listens on, on all interfaces", () => {
    expect(DOCKERFILE).toMatch(/^ENV PORT=8080$/m);
    expect(DOCKERFILE).toMatch(/^EXPOSE 8080$/m);
    expect(SDL).toContain("CONSOLE_HOST=0.0.0.0");
  });
});

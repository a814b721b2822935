import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import { planDeployment } from "./deployment-plan";

function setup() {
  const network = { name: "Mainnet", kind: "mainnet", deploymentDenom: "uact", averageBlockTimeSec: 6.098 };
  return { plan: (text: string) => planDeployment(text, { engine: chainSdk, network, gpuOffers: null }) };
}

describe("planDeployment", () => {
  it("returns the group specs, the manifest hash over the sorted JSON, and the summary", async () => {
    const outcome = await setup().plan(findTemplate("web-server")?.sdl ?? "");
    if (!outcome.ok) throw new Error(outcome.errors[0]?.message);
    const { plan } = outcome;
    // A decimal amount (the web server's 0.015 ACT an hour on 6.098 s blocks) is passed as written.
    expect(plan.groupSpecs[0]?.resources[0]?.price).toEqual({ denom: "uact", amount: "25.408333" });
    expect(plan.versionHex).toMatch(/^[0-9a-f]{64}$/);
    const digest = new Uint8Array(
      await crypto.subtle.digest("SHA-256", new TextEncoder().encode(plan.sortedJson)),
    );
    expect(plan.version).toEqual(digest);
    expect(JSON.parse(plan.sortedJson)[0].services[0].image).toBe("nginx:1.27-alpine");
  });

  it("refuses an SDL our rules reject, even when chain-sdk would build it", async () => {
    const outcome = await setup().plan(
      (findTemplate("web-server")?.sdl ?? "").replace("denom: uact", "denom: uakt"),
    );
    expect(outcome).toMatchObject({ ok: false, errors: [{ source: "deployment-denom" }] });
  });
});

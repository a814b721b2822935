import { describe, expect, it } from "vitest";
import { buildDeployment } from "./build-deployment";

const GPU_SDL = `
version: "2.0"
services:
  llm:
    image: ollama/ollama:0.6.2
    expose:
      - port: 11434
        as: 80
        to:
          - global: true
profiles:
  compute:
    llm:
      resources:
        cpu: { units: 2 }
        memory: { size: 4Gi }
        storage: { size: 10Gi }
        gpu:
          units: 1
          attributes:
            vendor:
              nvidia:
                - model: h100
  placement:
    dcloud:
      pricing:
        llm: { denom: uact, amount: 1000 }
deployment:
  llm:
    dcloud:
      profile: llm
      count: 1
`;

describe("buildDeployment", () => {
  it("builds group specs, the manifest bytes and their hash, and a readable overview", async () => {
    const result = await buildDeployment(GPU_SDL, "local");
    if (!result.ok) throw new Error(result.errors.join("; "));
    expect(result.value.hash).toHaveLength(32);
    expect(result.value.hashHex).toMatch(/^[0-9a-f]{64}$/);
    const sha = new Uint8Array(
      await crypto.subtle.digest("SHA-256", new TextEncoder().encode(result.value.manifestJson)),
    );
    expect(sha).toEqual(result.value.hash);
    expect(JSON.parse(result.value.manifestJson)[0].services[0].image).toBe("ollama/ollama:0.6.2");
    expect(result.value.overview).toEqual([
      {
        name: "dcloud",
        units: ["1 × 2 CPU, 4 GiB, 1 GPU (h100)"],
        maxPrice: { denom: "uact", amount: "1000" },
      },
    ]);
  });

  it("explains what is wrong with an invalid SDL, line by line", async () => {
    const bad = await buildDeployment("version: '2.0'\nservices: {}", "local");
    expect(bad).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([expect.stringMatching(/^Line 1: "profiles" is missing/)]),
    });
    const yaml = await buildDeployment("a: [", "local");
    expect(yaml).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Line 1: .*is not closed/)] });
  });

  it("never builds a price of Infinity or 1e+308", async () => {
    const sdl = (amount: string) =>
      [
        'version: "2.0"',
        "services: { web: { image: nginx:1.27 } }",
        "profiles:",
        "  compute: { web: { resources: { cpu: { units: 1 }, memory: { size: 1Gi }, storage: { size: 1Gi } } } }",
        `  placement: { dc: { pricing: { web: { denom: uact, amount: ${amount} } } } }`,
        "deployment: { web: { dc: { profile: web, count: 1 } } }",
      ].join("\n");
    expect((await buildDeployment(sdl("1000"), "local")).ok).toBe(true);
    for (const amount of [".inf", "1e308", "1e21", ".nan", "-5"])
      expect(await buildDeployment(sdl(amount), "local")).toMatchObject({
        ok: false,
        errors: [
          expect.stringMatching(/^Line 5: The price amount of compute profile "web" in placement "dc"/),
        ],
      });
  });
});

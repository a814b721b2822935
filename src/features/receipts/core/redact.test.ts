import { describe, expect, it } from "vitest";
import { buildBeginBody, buildNextBody } from "./build";
import { sealReceipt } from "./canonical";
import { redactSdl, scrubString } from "./redact";
import { SAMPLE_SDL, sampleBegin } from "../testing/sample-chain";

const JWT =
  "eyJhbGciOiJFUzI1NktBRFIzNiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJha2FzaDFhYmMiLCJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtYW5kLW1vcmU";

function setup() {
  const meta = { id: "x1", timestamp: "2026-11-21T20:00:00.000Z" };
  return { meta };
}

describe("redaction", () => {
  it("removes registry passwords and secret env values from the SDL copy, keeps the rest", async () => {
    const copy = (await redactSdl(SAMPLE_SDL))!;
    expect(copy).not.toContain("sample-registry-password");
    expect(copy).not.toContain("sample-env-token");
    expect(copy).toContain("password: <redacted>");
    expect(copy).toContain("API_TOKEN=<redacted>");
    expect(copy).toContain("MODE=production");
    expect(copy).toContain("username: deployer");
  });

  it("keeps no copy of an SDL that is not YAML, only its hash", async () => {
    const { meta } = setup();
    const body = await buildBeginBody(sampleBegin(0, { request: { sdl: "services: [unclosed" } }), meta);
    expect(body.request.sdlRedacted).toBeNull();
    expect(body.request.sdlHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("scrubs JWTs and bearer tokens from any string", () => {
    expect(scrubString(`provider said: ${JWT} denied`)).toBe("provider said: <redacted> denied");
    expect(scrubString("Authorization: Bearer abc.def-ghi")).toBe("Authorization: Bearer <redacted>");
  });

  it("never lets a password or a JWT into a sealed receipt", async () => {
    const { meta } = setup();
    const begin = sampleBegin(0, { reason: `token ${JWT}` });
    const pending = await sealReceipt(await buildBeginBody(begin, meta), null);
    const final = await sealReceipt(
      buildNextBody(pending, "failed", { rawLog: `unauthorized: Bearer ${JWT}` }, { ...meta, id: "x2" }),
      pending.sha256,
    );
    const stored = JSON.stringify([pending, final]);
    for (const secret of ["sample-registry-password", "sample-env-token", JWT, JWT.split(".")[1]!])
      expect(stored).not.toContain(secret);
    expect(pending.request.sdlHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

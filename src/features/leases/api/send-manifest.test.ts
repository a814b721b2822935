import { describe, expect, it } from "vitest";
import { sendManifest } from "./send-manifest";

const target = {
  proxyUrl: "http://console/provider-proxy",
  networkId: "local",
  providerAddress: "akash1p",
  hostUri: "https://p.example:8443/",
};

/** The proxy as the browser sees it: answers come from a list, one per request. */
function setup(answers: { status: number; text: string; proxyError?: string }[]) {
  const sent: { url: string; envelope: Record<string, unknown> }[] = [];
  const fetchImpl: typeof fetch = async (url, init) => {
    sent.push({ url: String(url), envelope: JSON.parse(String(init?.body)) as Record<string, unknown> });
    const a = answers.shift() ?? { status: 200, text: "" };
    // As the proxy answers: its own refusals with their status, a provider's answer as 200 + header.
    if (a.proxyError)
      return new Response(a.text, { status: a.status, headers: { "x-provider-proxy-error": a.proxyError } });
    return new Response(a.text, { status: 200, headers: { "x-provider-status": String(a.status) } });
  };
  const run = () =>
    sendManifest({
      target,
      dseq: "42",
      manifestJson: '[{"name":"dcloud"}]',
      token: "jwt",
      fetchImpl,
      sleep: async () => undefined,
    });
  return { run, sent };
}

describe("sendManifest", () => {
  it("PUTs the exact manifest bytes with the token to the registered host", async () => {
    const { run, sent } = setup([{ status: 200, text: "" }]);
    expect(await run()).toEqual({ ok: true, attempts: 1 });
    expect(sent[0]?.envelope).toMatchObject({
      network: "local",
      providerAddress: "akash1p",
      url: "https://p.example:8443/deployment/42/manifest",
      method: "PUT",
      body: '[{"name":"dcloud"}]',
      token: "jwt",
    });
  });

  it("retries while the provider has not seen the lease yet", async () => {
    const { run, sent } = setup([
      { status: 404, text: "no lease for deployment" },
      { status: 404, text: "no lease for deployment" },
      { status: 200, text: "" },
    ]);
    expect(await run()).toEqual({ ok: true, attempts: 3 });
    expect(sent).toHaveLength(3);
  });

  it("stops at a refusal that a retry will not change", async () => {
    const refused = setup([{ status: 422, text: "manifest version validation failed" }]);
    expect(await refused.run()).toMatchObject({
      ok: false,
      status: 422,
      attempts: 1,
      message: expect.stringMatching(/rejected the manifest/),
    });
    const forged = setup([
      { status: 495, text: '{"message":"bad cert"}', proxyError: "certificate-mismatch" },
    ]);
    expect(await forged.run()).toMatchObject({
      ok: false,
      attempts: 1,
      message: expect.stringMatching(/not published on chain/),
    });
  });
});

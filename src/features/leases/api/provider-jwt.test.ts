import { describe, expect, it } from "vitest";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { createJwtCache } from "./provider-jwt";

/** The ADR-036 document Keplr signs for signArbitrary. */
function adr36(signer: string, data: string | Uint8Array) {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const value = { signer, data: btoa(String.fromCharCode(...bytes)) };
  return {
    chain_id: "",
    account_number: "0",
    sequence: "0",
    fee: { gas: "0", amount: [] },
    msgs: [{ type: "sign/MsgSignData", value }],
    memo: "",
  };
}

const PROVIDER = "akash1j5tt7qu4mu9mfp0hwph9f6w3arsu4l2907tyck";

/** A wallet that signs ADR-036 like Keplr's signArbitrary, counting its prompts. */
async function setup(startMsAgo = 0, services: Record<string, string[]> = {}) {
  const wallet = await Secp256k1HdWallet.generate(12, { prefix: "akash" });
  const [account] = await wallet.getAccounts();
  const address = account!.address;
  let prompts = 0;
  // chain-sdk validates tokens against the real clock, so the fake clock never runs ahead of it.
  let now = Date.now() - startMsAgo;
  const cache = createJwtCache(
    {
      address,
      signArbitrary: async (data) => {
        prompts++;
        return (await wallet.signAmino(address, adr36(address, data))).signature;
      },
    },
    { now: () => now, servicesOf: (dseq) => services[dseq] ?? [] },
  );
  return { cache, address, prompts: () => prompts, advance: (ms: number) => (now += ms) };
}

const claims = (token: string) =>
  JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as Record<string, unknown>;

describe("provider JWTs", () => {
  it("reach one deployment's services on one provider when the console knows them", async () => {
    const { cache, prompts } = await setup(0, { "42": ["api", "web"], "43": ["web"] });
    const token = await cache.token(PROVIDER, "42");
    expect(claims(token).leases).toEqual({
      access: "granular",
      permissions: [
        {
          provider: PROVIDER,
          access: "granular",
          deployments: [
            { dseq: 42, scope: ["send-manifest", "status", "logs", "events"], services: ["api", "web"] },
          ],
        },
      ],
    });
    // Another deployment needs its own token: one more prompt, and a different grant.
    const other = await cache.token(PROVIDER, "43");
    expect(other).not.toBe(token);
    expect(prompts()).toBe(2);
    expect(await cache.token(PROVIDER, "42")).toBe(token);
    expect(prompts()).toBe(2);
  });

  it("are ES256KADR36 tokens for one provider (services unknown), the console's scopes, for 15 minutes", async () => {
    const { cache, address } = await setup();
    const token = await cache.token(PROVIDER, "42");
    expect(JSON.parse(atob(token.split(".")[0]!))).toEqual({ alg: "ES256KADR36", typ: "JWT" });
    const c = claims(token);
    expect(c).toMatchObject({
      iss: address,
      version: "v1",
      leases: {
        access: "granular",
        permissions: [
          { provider: PROVIDER, access: "scoped", scope: ["send-manifest", "status", "logs", "events"] },
        ],
      },
    });
    expect(Number(c.exp) - Number(c.iat)).toBe(900);
  });

  it("asks the wallet once per provider until the token nears expiry", async () => {
    const { cache, prompts, advance } = await setup(14 * 60_000);
    await Promise.all([cache.token(PROVIDER, "1"), cache.token(PROVIDER, "2")]);
    expect(prompts()).toBe(1);
    advance(13 * 60_000);
    await cache.token(PROVIDER, "1");
    expect(prompts()).toBe(1);
    advance(60_000);
    await cache.token(PROVIDER, "1");
    expect(prompts()).toBe(2);
  });

  it("keep the shell out of every token but the shell's own: one lease, `shell` only", async () => {
    const { cache, prompts } = await setup(0, { "42": ["web"] });
    const lease = { dseq: "42", gseq: 1, oseq: 2 };
    const shell = await cache.shellToken(PROVIDER, lease, ["web", "db"]);
    expect(claims(shell).leases).toEqual({
      access: "granular",
      permissions: [
        {
          provider: PROVIDER,
          access: "granular",
          deployments: [{ dseq: 42, gseq: 1, oseq: 2, scope: ["shell"], services: ["web", "db"] }],
        },
      ],
    });
    expect(JSON.stringify(claims(await cache.token(PROVIDER, "42")).leases)).not.toContain("shell");
    expect(await cache.shellToken(PROVIDER, lease, ["web", "db"])).toBe(shell);
    expect(prompts()).toBe(2);
  });

  it("mint a fresh token when the provider refused the one held, without a second prompt for waiters", async () => {
    const { cache, prompts } = await setup();
    const first = await cache.token(PROVIDER, "42");
    const [a, b] = await Promise.all([
      cache.token(PROVIDER, "42", { fresh: true }),
      cache.token(PROVIDER, "42", { fresh: true }),
    ]);
    expect(a).toBe(b);
    expect(prompts()).toBe(2);
    expect(await cache.token(PROVIDER, "42")).toBe(a);
    expect(first).toBeTruthy();
  });
});

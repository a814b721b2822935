import { Secp256k1HdWallet, rawSecp256k1PubkeyToRawAddress } from "@cosmjs/amino";
import { Random, Secp256k1, sha256 } from "@cosmjs/crypto";
import { toBase64, toBech32 } from "@cosmjs/encoding";
import { JwtTokenManager, type OfflineDataSigner } from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { verifyJwt } from "./jwt.ts";

async function setup() {
  const wallet = await Secp256k1HdWallet.generate(12, { prefix: "akash" });
  const [account] = await wallet.getAccounts();
  if (!account) throw new Error("no account");
  const other = await Secp256k1HdWallet.generate(12, { prefix: "akash" });
  const [otherAccount] = await other.getAccounts();
  if (!otherAccount) throw new Error("no account");
  const keys = new Map([
    [account.address, account.pubkey],
    [otherAccount.address, otherAccount.pubkey],
  ]);
  const deps = (nowMs = Date.now()) => ({
    now: () => nowMs,
    pubKeyOf: async (a: string) => keys.get(a) ?? null,
  });
  const now = Math.floor(Date.now() / 1000);
  return { wallet, address: account.address, other, otherAddress: otherAccount.address, deps, now };
}

describe("verifyJwt", () => {
  it("accepts an ES256KADR36 token made by chain-sdk's JwtTokenManager", async () => {
    const { wallet, address, deps } = await setup();
    const token = await new JwtTokenManager(wallet).generateToken({
      version: "v1",
      iss: address,
      leases: { access: "scoped", scope: ["send-manifest", "status"] },
    });
    const res = await verifyJwt(token, deps());
    expect(res).toMatchObject({ ok: true, claims: { iss: address, leases: { access: "scoped" } } });
  });

  it("accepts an ES256K token signed over sha256(header.payload)", async () => {
    const privkey = Random.getBytes(32);
    const pubkey = Secp256k1.compressPubkey((await Secp256k1.makeKeypair(privkey)).pubkey);
    const address = toBech32("akash", rawSecp256k1PubkeyToRawAddress(pubkey));
    const signer: OfflineDataSigner = {
      algorithm: "ES256K",
      signArbitrary: async (_signer, data) => {
        const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
        const sig = await Secp256k1.createSignature(sha256(bytes), privkey);
        return { signature: toBase64(sig.toFixedLength().slice(0, 64)), pub_key: { type: "", value: "" } };
      },
    };
    const token = await new JwtTokenManager(signer).generateToken({ version: "v1", iss: address });
    expect(JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString())).toEqual({
      alg: "ES256K",
      typ: "JWT",
    });
    const deps = { now: () => Date.now(), pubKeyOf: async (a: string) => (a === address ? pubkey : null) };
    expect((await verifyJwt(token, deps)).ok).toBe(true);
  });

  it("answers 401 JWT is invalid when the payload was changed after signing", async () => {
    const { wallet, address, deps } = await setup();
    const token = await new JwtTokenManager(wallet).generateToken({
      version: "v1",
      iss: address,
      leases: { access: "scoped", scope: ["status"] },
    });
    const [h, p, sig] = token.split(".") as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, "base64url").toString()) as Record<string, unknown>;
    payload.leases = { access: "full" };
    const tampered = `${h}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${sig}`;
    expect(await verifyJwt(tampered, deps())).toMatchObject({
      ok: false,
      failure: { status: 401, message: "JWT is invalid" },
    });
  });

  it("answers 401 JWT is invalid for a token signed by another key than the issuer's on-chain key", async () => {
    const { other, otherAddress, address, deps } = await setup();
    const token = await new JwtTokenManager(other).generateToken({ version: "v1", iss: otherAddress });
    const [h, p, sig] = token.split(".") as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, "base64url").toString()) as Record<string, unknown>;
    payload.iss = address;
    const swapped = `${h}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${sig}`;
    expect(await verifyJwt(swapped, deps())).toMatchObject({ ok: false, failure: { status: 401 } });
  });

  it("answers 401 JWT is invalid when the issuer has no key on chain, or the token is garbage", async () => {
    const { wallet, address, deps } = await setup();
    const token = await new JwtTokenManager(wallet).generateToken({ version: "v1", iss: address });
    const noKey = { now: () => Date.now(), pubKeyOf: async () => null };
    expect(await verifyJwt(token, noKey)).toMatchObject({ ok: false, failure: { status: 401 } });
    expect(await verifyJwt("not-a-jwt", deps())).toMatchObject({
      ok: false,
      failure: { message: "JWT is invalid" },
    });
    const [h, p] = token.split(".");
    expect(await verifyJwt(`${h}.${p}.AAAA`, deps())).toMatchObject({ ok: false, failure: { status: 401 } });
  });

  it("answers 400 JWT has invalid claims for an expired or not-yet-valid token (golang-jwt v5 wraps both)", async () => {
    const { wallet, address, deps, now } = await setup();
    const token = await new JwtTokenManager(wallet).generateToken({
      version: "v1",
      iss: address,
      exp: now + 60,
    });
    expect(await verifyJwt(token, deps((now + 120) * 1000))).toMatchObject({
      ok: false,
      failure: { status: 400, message: "JWT has invalid claims" },
      reason: "token is expired",
    });
    const later = await new JwtTokenManager(wallet).generateToken({
      version: "v1",
      iss: address,
      nbf: now,
      exp: now + 60,
    });
    expect(await verifyJwt(later, deps((now - 30) * 1000))).toMatchObject({
      ok: false,
      failure: { status: 400 },
    });
  });
});

import { describe, expect, it } from "vitest";
import { serializeSignDoc } from "@cosmjs/amino";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { fromBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { makeAdr36SignDoc } from "./adr36";
import { createLocalKeySession, fetchLocalKey, type LocalKeyAccount } from "./local-key";

async function setup(): Promise<{ account: LocalKeyAccount; fetchImpl: typeof fetch }> {
  const generated = await DirectSecp256k1HdWallet.generate(12, { prefix: "akash" });
  const [first] = await generated.getAccounts();
  const account = { name: "tenant", address: first!.address, mnemonic: generated.mnemonic };
  const fetchImpl = (async (url: string | URL | Request) =>
    new URL(String(url)).pathname === "/local/wallet.json"
      ? new Response(JSON.stringify(account), { status: 200 })
      : new Response("{}", { status: 404 })) as typeof fetch;
  return { account, fetchImpl };
}

describe("local key wallet", () => {
  it("fetches the server's funded account and signs as that address", async () => {
    const { account, fetchImpl } = await setup();
    const session = await createLocalKeySession(await fetchLocalKey(fetchImpl));
    expect(session).toMatchObject({
      address: account.address,
      walletName: "Local key",
      accountName: "tenant",
      signMode: "direct",
    });
    const signer = await session.getSigner();
    expect((await signer.getAccounts()).map((a) => a.address)).toEqual([account.address]);
  });

  it("produces ADR-036 signatures that verify against the account's public key", async () => {
    const { account } = await setup();
    const session = await createLocalKeySession(account);
    const signature = await session.signArbitrary("hello provider");
    const doc = makeAdr36SignDoc(account.address, "hello provider");
    const ok = await Secp256k1.verifySignature(
      Secp256k1Signature.fromFixedLength(fromBase64(signature.signature)),
      sha256(serializeSignDoc(doc)),
      fromBase64(signature.pub_key.value),
    );
    expect(ok).toBe(true);
    expect(doc.msgs[0]?.value).toEqual({ signer: account.address, data: "aGVsbG8gcHJvdmlkZXI=" });
  });

  it("refuses a key whose mnemonic does not derive the announced address", async () => {
    const { account } = await setup();
    const other = await setup();
    await expect(createLocalKeySession({ ...account, address: other.account.address })).rejects.toThrow(
      /derives/,
    );
  });

  it("reports a missing local network and a malformed key as errors", async () => {
    const missing = (async () =>
      new Response(JSON.stringify({ message: "No local network is running." }), {
        status: 404,
      })) as typeof fetch;
    await expect(fetchLocalKey(missing)).rejects.toThrow(/No local network is running/);
    const malformed = (async () => new Response(JSON.stringify({ address: 1 }))) as typeof fetch;
    await expect(fetchLocalKey(malformed)).rejects.toThrow(/malformed/);
  });
});

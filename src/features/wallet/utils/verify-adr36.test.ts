import { describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { createLocalKeySession } from "../runtime/local-key";
import { verifyAdr36 } from "./verify-adr36";

async function setup() {
  const make = async () => {
    const wallet = await DirectSecp256k1HdWallet.generate(12, { prefix: "akash" });
    const [first] = await wallet.getAccounts();
    return createLocalKeySession({ name: "t", address: first!.address, mnemonic: wallet.mnemonic });
  };
  return { alice: await make(), bob: await make() };
}

describe("verifyAdr36", () => {
  it("accepts the signer's own signature over the same data", async () => {
    const { alice } = await setup();
    const signature = await alice.signArbitrary("challenge-1");
    expect(await verifyAdr36(alice.address, "challenge-1", signature)).toBe(true);
  });

  it("rejects other data, and a signature from another account", async () => {
    const { alice, bob } = await setup();
    const signature = await alice.signArbitrary("challenge-1");
    expect(await verifyAdr36(alice.address, "challenge-2", signature)).toBe(false);
    expect(await verifyAdr36(bob.address, "challenge-1", signature)).toBe(false);
  });
});

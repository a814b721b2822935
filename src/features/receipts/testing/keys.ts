// Test keys (never funded anywhere) that sign chain heads the way a wallet's signArbitrary does
// (ADR-036), so tests and e2e seeding can build anchored, unanchored and forged exports.
import { Secp256k1Wallet } from "@cosmjs/amino";
import { sha256 } from "@cosmjs/crypto";
import { adr036SignDoc, attestationText, type HeadAttestation } from "../core/attestation";
import type { Receipt } from "../core/receipt";

const keyOf = (seed: string) => sha256(new TextEncoder().encode(seed));

/** SAMPLE_SIGNER's key: sample chains are made by it. */
export const SAMPLE_KEY = keyOf("akash-console sample signer");
/** Another wallet, for forgeries. */
export const ATTACKER_KEY = keyOf("akash-console sample attacker");

export async function addressOf(key: Uint8Array): Promise<string> {
  const wallet = await Secp256k1Wallet.fromKey(key, "akash");
  return (await wallet.getAccounts())[0]!.address;
}

/** The attestation `key` makes over `data`, claiming to be `claimedSigner` (its own address by default). */
export async function signStatement(
  key: Uint8Array,
  data: string,
  claimedSigner?: string,
): Promise<HeadAttestation> {
  const wallet = await Secp256k1Wallet.fromKey(key, "akash");
  const address = (await wallet.getAccounts())[0]!.address;
  const { signature } = await wallet.signAmino(address, adr036SignDoc(address, data));
  return {
    kind: "adr036",
    signer: claimedSigner ?? address,
    data,
    pubKey: signature.pub_key.value,
    signature: signature.signature,
  };
}

/** `key` signs the head of the first `count` receipts (all by default). */
export function attestHead(
  key: Uint8Array,
  receipts: readonly Receipt[],
  count = receipts.length,
  signedAt = "2026-11-21T20:00:00.000Z",
): Promise<HeadAttestation> {
  return signStatement(key, attestationText(receipts[count - 1]!.sha256, count, signedAt));
}

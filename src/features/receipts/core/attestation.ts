// The owner's attestation of a chain head: the wallet signs (ADR-036, Keplr's signArbitrary) a
// short canonical statement naming the head's sha256 and the number of receipts it covers. An
// export then proves who held the chain, and anyone can check it with the signer's address alone.
import { encodeSecp256k1Pubkey, pubkeyToAddress, serializeSignDoc, type StdSignDoc } from "@cosmjs/amino";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { fromBase64, fromBech32, toBase64, toUtf8 } from "@cosmjs/encoding";
import { canonicalJson } from "./canonical";

export const ATTESTATION_PURPOSE = "akash-console-receipts/head";

export interface HeadAttestation {
  kind: "adr036";
  signer: string;
  /** compressed secp256k1 public key, base64 */
  pubKey: string;
  /** 64-byte r‖s, base64 */
  signature: string;
  /** the exact text that was signed (see attestationText) */
  data: string;
}

export interface HeadStatement {
  purpose: typeof ATTESTATION_PURPOSE;
  head: string;
  count: number;
  signedAt: string;
}

export function attestationText(head: string, count: number, signedAt: string): string {
  const statement: HeadStatement = { purpose: ATTESTATION_PURPOSE, head, count, signedAt };
  return canonicalJson(statement);
}

/** The StdSignDoc an ADR-036 wallet signs for arbitrary data (chain-id empty, no fee, no sequence). */
export function adr036SignDoc(signer: string, data: string): StdSignDoc {
  return {
    chain_id: "",
    account_number: "0",
    sequence: "0",
    fee: { gas: "0", amount: [] },
    msgs: [{ type: "sign/MsgSignData", value: { signer, data: toBase64(toUtf8(data)) } }],
    memo: "",
  };
}

export function parseStatement(data: string): HeadStatement | null {
  try {
    const v = JSON.parse(data) as Partial<HeadStatement>;
    if (v.purpose !== ATTESTATION_PURPOSE || typeof v.head !== "string" || typeof v.count !== "number")
      return null;
    return { purpose: v.purpose, head: v.head, count: v.count, signedAt: String(v.signedAt ?? "") };
  } catch {
    return null;
  }
}

/** Null when the signature is valid and made by `signer`; otherwise what is wrong, in a sentence. */
export async function attestationProblem(a: HeadAttestation): Promise<string | null> {
  try {
    const pubKey = fromBase64(a.pubKey);
    const prefix = fromBech32(a.signer).prefix;
    if (pubkeyToAddress(encodeSecp256k1Pubkey(pubKey), prefix) !== a.signer)
      return "the public key in the attestation does not belong to the signer address";
    const digest = sha256(serializeSignDoc(adr036SignDoc(a.signer, a.data)));
    const signature = Secp256k1Signature.fromFixedLength(fromBase64(a.signature));
    const valid = await Secp256k1.verifySignature(signature, digest, pubKey);
    return valid ? null : "the signature does not match the signed statement";
  } catch (err) {
    return `the attestation cannot be read (${err instanceof Error ? err.message : String(err)})`;
  }
}

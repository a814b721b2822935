// Checks an ADR-036 signature the way a provider does for a wallet-signed JWT: the signature
// verifies over the sign doc, and the public key belongs to the claimed address.
import { pubkeyToAddress, serializeSignDoc, type StdSignature } from "@cosmjs/amino";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { fromBase64 } from "@cosmjs/encoding";
import { makeAdr36SignDoc } from "../runtime/adr36";

export async function verifyAdr36(
  address: string,
  data: string | Uint8Array,
  signature: StdSignature,
): Promise<boolean> {
  if (pubkeyToAddress(signature.pub_key, "akash") !== address) return false;
  return Secp256k1.verifySignature(
    Secp256k1Signature.fromFixedLength(fromBase64(signature.signature)),
    sha256(serializeSignDoc(makeAdr36SignDoc(address, data))),
    fromBase64(signature.pub_key.value),
  );
}

// Decodes a transaction as the chain stores it, for the receipts' chain check: its messages, the
// signer's address, fee, sequence and sign mode, and the bytes its signer signed (sign-doc.ts).
// Relative imports only (types aside): `npm run verify-receipts` loads this file in Node.
import type { DecodedTx, TxDecoder } from "@/features/receipts";
import { createAkashRegistry } from "./registry";
import {
  aminoTypes,
  decodeTxParts,
  sha256Hex,
  signatureCovers,
  signDocBytes,
  signerAddress,
} from "./sign-doc";

let codecs: {
  registry: ReturnType<typeof createAkashRegistry>;
  amino: ReturnType<typeof aminoTypes>;
} | null = null;

export const decodeTx: TxDecoder = async (txBytes, { chainId, prefix }): Promise<DecodedTx> => {
  codecs ??= { registry: createAkashRegistry(), amino: aminoTypes() };
  const { registry, amino } = codecs;
  const parts = decodeTxParts(txBytes, registry);
  const fee = parts.authInfo.fee;
  return {
    messages: parts.messages,
    signer: signerAddress(parts, prefix),
    fee: fee
      ? {
          amount: fee.amount.map((c) => ({ denom: c.denom, amount: c.amount })),
          gas: fee.gasLimit.toString(),
        }
      : null,
    sequence: parts.sequence === null ? null : parts.sequence.toString(),
    mode: parts.mode,
    async signDoc(accountNumber) {
      let bytes: Uint8Array | null;
      try {
        bytes = signDocBytes(parts, { chainId, accountNumber }, amino);
      } catch {
        return null;
      }
      return bytes
        ? { sha256: sha256Hex(bytes), signatureCovers: await signatureCovers(parts, bytes) }
        : null;
    },
  };
};

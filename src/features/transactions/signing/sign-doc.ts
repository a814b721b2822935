// The exact bytes a wallet signed for a transaction, rebuilt from the transaction itself (TxRaw)
// plus the chain id and account number: the protobuf SignDoc for SIGN_MODE_DIRECT, the sorted
// amino JSON StdSignDoc for SIGN_MODE_LEGACY_AMINO_JSON (as the node derives it, through the same
// converters the console signs with). The pipeline records their SHA-256 in the receipt right
// after signing; the chain check rebuilds them from the transaction on chain and checks both the
// hash and the signature, so a receipt is matched to the chain byte for byte. Relative imports
// only: `npm run verify-receipts` loads this file in Node.
import {
  encodeSecp256k1Pubkey,
  makeSignDoc as makeAminoSignDoc,
  pubkeyToAddress,
  serializeSignDoc,
} from "@cosmjs/amino";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { AminoTypes, createDefaultAminoConverters } from "@cosmjs/stargate";
import type { Registry } from "@cosmjs/proto-signing";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, SignDoc, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { createAuthzAminoConverters } from "./amino-authz";
import { createAkashAminoConverters } from "./amino-converters";

export type SignModeName = "direct" | "amino-json";

export interface DecodedMessage {
  typeUrl: string;
  /** the decoded message (ts-proto object), or null when the registry does not know its type */
  value: unknown;
}

export interface TxParts {
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  messages: DecodedMessage[];
  mode: SignModeName | null;
  sequence: bigint | null;
  /** the first signer's compressed secp256k1 key, when the tx carries it */
  pubkey: Uint8Array | null;
}

export function aminoTypes(): AminoTypes {
  return new AminoTypes({
    ...createDefaultAminoConverters(),
    ...createAkashAminoConverters(),
    ...createAuthzAminoConverters(),
  });
}

function modeOf(authInfo: AuthInfo): SignModeName | null {
  const mode = authInfo.signerInfos[0]?.modeInfo?.single?.mode;
  if (mode === SignMode.SIGN_MODE_DIRECT) return "direct";
  if (mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON) return "amino-json";
  return null;
}

function pubkeyOf(authInfo: AuthInfo): Uint8Array | null {
  const any = authInfo.signerInfos[0]?.publicKey;
  if (any?.typeUrl !== "/cosmos.crypto.secp256k1.PubKey") return null;
  return PubKey.decode(any.value).key;
}

export function decodeTxParts(txBytes: Uint8Array, registry: Registry): TxParts {
  const raw = TxRaw.decode(txBytes);
  const body = TxBody.decode(raw.bodyBytes);
  const authInfo = AuthInfo.decode(raw.authInfoBytes);
  const messages = body.messages.map((any) => {
    try {
      return { typeUrl: any.typeUrl, value: registry.decode(any) as unknown };
    } catch {
      return { typeUrl: any.typeUrl, value: null };
    }
  });
  return {
    raw,
    body,
    authInfo,
    messages,
    mode: modeOf(authInfo),
    sequence: authInfo.signerInfos[0]?.sequence ?? null,
    pubkey: pubkeyOf(authInfo),
  };
}

/** The sign doc bytes of a decoded tx, or null for a sign mode the console never uses. */
export function signDocBytes(
  parts: TxParts,
  ctx: { chainId: string; accountNumber: string },
  amino: AminoTypes,
): Uint8Array | null {
  const { raw, body, authInfo } = parts;
  if (parts.mode === "direct")
    return SignDoc.encode(
      SignDoc.fromPartial({
        bodyBytes: raw.bodyBytes,
        authInfoBytes: raw.authInfoBytes,
        chainId: ctx.chainId,
        accountNumber: BigInt(ctx.accountNumber),
      }),
    ).finish();
  if (parts.mode !== "amino-json" || parts.sequence === null) return null;
  const fee = authInfo.fee;
  const stdFee = {
    amount: (fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount })),
    gas: (fee?.gasLimit ?? 0n).toString(),
    ...(fee?.granter ? { granter: fee.granter } : {}),
    ...(fee?.payer ? { payer: fee.payer } : {}),
  };
  const msgs = parts.messages.map((m) => amino.toAmino({ typeUrl: m.typeUrl, value: m.value }));
  const timeout = body.timeoutHeight > 0n ? body.timeoutHeight : undefined;
  const sequence = parts.sequence.toString();
  const doc = makeAminoSignDoc(msgs, stdFee, ctx.chainId, body.memo, ctx.accountNumber, sequence, timeout);
  return serializeSignDoc(doc);
}

/** Whether the tx's first signature is the signer's over these sign doc bytes. */
export async function signatureCovers(parts: TxParts, docBytes: Uint8Array): Promise<boolean> {
  const sig = parts.raw.signatures[0];
  if (!parts.pubkey || !sig || sig.length !== 64) return false;
  return Secp256k1.verifySignature(Secp256k1Signature.fromFixedLength(sig), sha256(docBytes), parts.pubkey);
}

export function signerAddress(parts: TxParts, prefix: string): string | null {
  return parts.pubkey ? pubkeyToAddress(encodeSecp256k1Pubkey(parts.pubkey), prefix) : null;
}

export function sha256Hex(bytes: Uint8Array): string {
  return Array.from(sha256(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

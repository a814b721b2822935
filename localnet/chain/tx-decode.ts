// Decoding and stateless validation of a signed transaction (TxRaw → body, auth info, signers),
// mirroring the SDK's TxDecoder and ValidateBasic.

import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import { TxRaw, TxBody, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { SdkErr } from "./errors.ts";
import { msgSigners } from "../modules/index.ts";

export interface DecodedTx {
  bytes: Uint8Array;
  hash: string;
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  /** unique signers in order of first appearance, as GetSigners does */
  signers: string[];
  gasLimit: bigint;
}

export const MAX_MEMO_CHARS = 256;

export function txHash(bytes: Uint8Array): string {
  return toHex(sha256(bytes)).toUpperCase();
}

export function decodeTx(bytes: Uint8Array): DecodedTx {
  let raw: TxRaw;
  let body: TxBody;
  let authInfo: AuthInfo;
  try {
    raw = TxRaw.decode(bytes);
    body = TxBody.decode(raw.bodyBytes);
    authInfo = AuthInfo.decode(raw.authInfoBytes);
  } catch (e) {
    throw SdkErr.txDecode((e as Error).message);
  }
  if (body.messages.length === 0) throw SdkErr.invalidRequest("must contain at least one message");
  if (body.memo.length > MAX_MEMO_CHARS)
    throw SdkErr.invalidRequest(
      `maximum number of characters is ${MAX_MEMO_CHARS} but received ${body.memo.length} characters`,
    );
  const signers: string[] = [];
  for (const m of body.messages) {
    for (const s of msgSigners(m)) if (!signers.includes(s)) signers.push(s);
  }
  return { bytes, hash: txHash(bytes), raw, body, authInfo, signers, gasLimit: authInfo.fee?.gasLimit ?? 0n };
}

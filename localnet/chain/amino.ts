// SIGN_MODE_LEGACY_AMINO_JSON verification for the standard Cosmos messages (what Ledger
// devices sign). Akash messages have no amino converters in chain-sdk, so they fail here as
// they would for a wallet that cannot produce them.

import { makeSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import type { DecodedTx } from "./tx-decode.ts";

// @cosmjs/stargate is heavy to load and amino txs are rare, so it loads on first use (boot < 2 s).
let converters: Promise<{
  toAmino(m: DecodedTx["body"]["messages"][number]): { type: string; value: unknown };
}> | null = null;

function loadConverters() {
  converters ??= Promise.all([import("@cosmjs/stargate"), import("@cosmjs/proto-signing")]).then(
    ([stargate, signing]) => {
      const registry = new signing.Registry(stargate.defaultRegistryTypes);
      const aminoTypes = new stargate.AminoTypes(stargate.createDefaultAminoConverters());
      return { toAmino: (m) => aminoTypes.toAmino({ typeUrl: m.typeUrl, value: registry.decode(m) }) };
    },
  );
  return converters;
}

export async function verifyAminoSignature(
  tx: DecodedTx,
  sig: Uint8Array,
  pub: Uint8Array,
  chainId: string,
  accountNumber: bigint,
  sequence: bigint,
): Promise<boolean> {
  let msgs;
  try {
    const conv = await loadConverters();
    msgs = tx.body.messages.map((m) => conv.toAmino(m));
  } catch {
    return false;
  }
  const fee = tx.authInfo.fee;
  const stdFee = {
    amount: (fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount })),
    gas: (fee?.gasLimit ?? 0n).toString(),
    ...(fee?.granter ? { granter: fee.granter } : {}),
    ...(fee?.payer ? { payer: fee.payer } : {}),
  };
  const timeout = tx.body.timeoutHeight > 0n ? tx.body.timeoutHeight : undefined;
  const doc = makeSignDoc(
    msgs,
    stdFee,
    chainId,
    tx.body.memo,
    accountNumber.toString(),
    sequence.toString(),
    timeout,
  );
  return Secp256k1.verifySignature(
    Secp256k1Signature.fromFixedLength(sig),
    sha256(serializeSignDoc(doc)),
    pub,
  );
}

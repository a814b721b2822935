// SIGN_MODE_LEGACY_AMINO_JSON verification (what Ledger devices sign): the sign doc is built as
// x/tx's aminojson SignModeHandler builds its AminoSignDoc — account_number, sequence, chain_id,
// memo, fee and msgs always written, timeout_height only when set, fee {amount (legacy_coins:
// [] when empty), gas, payer/granter when set} — and serialised as sorted Go JSON. Akash
// messages go through ./amino-json.ts; the standard Cosmos messages through cosmjs's own
// converters, which follow the same amino.name rules.

import type { DecodedTx } from "./tx-decode.ts";
import { canonicalJson, encodeAnyMessage, hasAminoSchema } from "./amino-json.ts";
import { verifySecp256k1 } from "./secp256k1.ts";

type Converter = (m: DecodedTx["body"]["messages"][number]) => { type: string; value: unknown };

// @cosmjs/stargate is heavy to load and amino txs are rare, so it loads on first use (boot < 2 s).
let standard: Promise<Converter> | null = null;

function loadStandardConverters(): Promise<Converter> {
  standard ??= Promise.all([import("@cosmjs/stargate"), import("@cosmjs/proto-signing")]).then(
    ([stargate, signing]) => {
      const registry = new signing.Registry(stargate.defaultRegistryTypes);
      const aminoTypes = new stargate.AminoTypes(stargate.createDefaultAminoConverters());
      return (m) => aminoTypes.toAmino({ typeUrl: m.typeUrl, value: registry.decode(m) });
    },
  );
  return standard;
}

/** Coin: denom left out when empty, amount (cosmos.Int, dont_omitempty) "0" when empty. */
const coin = (c: { denom: string; amount: string }) => ({
  ...(c.denom ? { denom: c.denom } : {}),
  amount: c.amount || "0",
});

/** The exact bytes a SIGN_MODE_LEGACY_AMINO_JSON signer signed, or an error if x/tx could not build them. */
export async function aminoSignBytes(
  tx: DecodedTx,
  chainId: string,
  accountNumber: bigint,
  sequence: bigint,
): Promise<Uint8Array> {
  const msgs = [];
  for (const m of tx.body.messages) {
    if (hasAminoSchema(m.typeUrl)) msgs.push(encodeAnyMessage(m.typeUrl, m.value));
    else msgs.push((await loadStandardConverters())(m));
  }
  const fee = tx.authInfo.fee;
  const doc = {
    account_number: accountNumber.toString(),
    sequence: sequence.toString(),
    chain_id: chainId,
    memo: tx.body.memo,
    fee: {
      amount: (fee?.amount ?? []).map(coin),
      gas: (fee?.gasLimit ?? 0n).toString(),
      payer: fee?.payer || undefined,
      granter: fee?.granter || undefined,
    },
    msgs,
    timeout_height: tx.body.timeoutHeight > 0n ? tx.body.timeoutHeight.toString() : undefined,
  };
  return new TextEncoder().encode(canonicalJson(doc));
}

export async function verifyAminoSignature(
  tx: DecodedTx,
  sig: Uint8Array,
  pub: Uint8Array,
  chainId: string,
  accountNumber: bigint,
  sequence: bigint,
): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = await aminoSignBytes(tx, chainId, accountNumber, sequence);
  } catch {
    // x/tx failing to build the doc (unknown message, malformed field) fails the signature check.
    return false;
  }
  return verifySecp256k1(sig, bytes, pub);
}
